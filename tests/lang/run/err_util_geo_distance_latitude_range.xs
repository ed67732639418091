// judgement: see docs/language-decisions.md#geo-distance
function "err_util_geo_distance_latitude_range" {
  input {
  }

  stack {
    util.geo_distance {
      latitude_1 = 91
      longitude_1 = 0
      latitude_2 = 0
      longitude_2 = 0
    } as $d
  }

  response = $d
}
