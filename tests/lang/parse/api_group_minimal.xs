api_group workers {
  canonical = "wkrs0001"
}
