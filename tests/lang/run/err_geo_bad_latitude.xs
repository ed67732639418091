// judgement: see docs/language-decisions.md#geo-filters
function "err_geo_bad_latitude" {
  response = {type: "Point", coordinates: [0, 95]}|distance:{type: "Point", coordinates: [0, 0]}
}
