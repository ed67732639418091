// expect: 2:1 'api_group' is missing a canonical field
api_group jobs {
  description = "no canonical given"
}
