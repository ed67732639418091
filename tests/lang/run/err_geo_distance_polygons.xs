// judgement: see docs/language-decisions.md#geo-filters
function "err_geo_distance_polygons" {
  response = {type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]]}|distance:{type: "Point", coordinates: [5, 5]}
}
