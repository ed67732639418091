function util_geo_distance {
  input {
  }

  stack {
    util.geo_distance {
      latitude_1 = 40.7128
      longitude_1 = -74.006
      latitude_2 = 34.0522
      longitude_2 = -118.2437
    } as $km
  }

  response = $km
}
