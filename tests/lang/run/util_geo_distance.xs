// judgement: see docs/language-decisions.md#geo-distance
function "util_geo_distance" {
  input {
  }

  stack {
    util.geo_distance {
      latitude_1 = 40.7128
      longitude_1 = -74.006
      latitude_2 = 34.0522
      longitude_2 = -118.2437
    } as $ny_la

    util.geo_distance {
      latitude_1 = 0
      longitude_1 = 0
      latitude_2 = 0
      longitude_2 = 1
    } as $one_degree

    util.geo_distance {
      latitude_1 = 48.8566
      longitude_1 = 2.3522
      latitude_2 = 48.8566
      longitude_2 = 2.3522
    } as $same

    util.geo_distance {
      latitude_1 = "51.5074"
      longitude_1 = "-0.1278"
      latitude_2 = 48.8566
      longitude_2 = 2.3522
    } as $text_numbers

    util.geo_distance {
      latitude_1 = 90
      longitude_1 = 0
      latitude_2 = -90
      longitude_2 = 180
    } as $pole_to_pole
  }

  response = {
    ny_la_km: ($ny_la / 1000)|round:1
    one_degree_m: $one_degree|round:3
    same: $same
    london_paris_km: ($text_numbers / 1000)|round:2
    pole_to_pole_km: ($pole_to_pole / 1000)|round:3
  }
}
