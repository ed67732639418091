// judgement: see docs/language-decisions.md#geo-filters
function "err_geo_within_radius" {
  response = {type: "Point", coordinates: [0, 0]}|within:{type: "Point", coordinates: [0, 1]}:"far"
}
