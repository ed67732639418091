function util_ip_lookup.xs {
  input {
  }

  stack {
    util.ip_lookup {
      value = $env.$remote_ip
    } as $location
  }

  response = $location
}
