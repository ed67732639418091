// judgement: see docs/language-decisions.md#geo-filters
function "err_geo_not_geometry" {
  response = [1, 2]|distance:{type: "Point", coordinates: [0, 0]}
}
