// judgement: see docs/language-decisions.md#geo-filters
function "geo_filters" {
  stack {
    var $square {
      value = {type: "Polygon", coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}
    }
    var $new_york {
      value = {type: "Point", coordinates: [-74.006, 40.7128]}
    }
    var $los_angeles {
      value = {type: "point", data: {lng: -118.2437, lat: 34.0522}}
    }
  }
  response = {
    covers_point: $square|covers:{type: "Point", coordinates: [2, 2]},
    covers_edge: $square|covers:{type: "Point", coordinates: [10, 5]},
    hole: $square|covers:{type: "Point", coordinates: [5, 5]},
    outside: $square|covers:{type: "Point", coordinates: [11, 5]},
    covers_polygon: $square|covers:{type: "Polygon", coordinates: [[[1, 1], [3, 1], [3, 3], [1, 1]]]},
    polygon_over_hole: $square|covers:{type: "Polygon", coordinates: [[[1, 1], [9, 1], [9, 9], [1, 9], [1, 1]]]},
    point_covers_polygon: $new_york|covers:$square,
    km: ($new_york|distance:$los_angeles)|divide:1000|round:1,
    same: $new_york|distance:$new_york,
    inside_polygon: $square|distance:{type: "Point", coordinates: [1, 1]},
    within_5000km: $new_york|within:$los_angeles:5000000,
    within_3000km: $new_york|within:$los_angeles:3000000,
    null_value: null|covers:$square
  }
}
