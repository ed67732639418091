// judgement: see docs/language-decisions.md#geo-distance
function "err_util_geo_distance_not_a_number" {
  input {
  }

  stack {
    util.geo_distance {
      latitude_1 = 10
      longitude_1 = 0
      latitude_2 = "north"
      longitude_2 = 0
    } as $d
  }

  response = $d
}
