function util_ip_lookup {
  input {
  }

  stack {
    util.ip_lookup {
      value = $env.$remote_ip
    } as $location
  }

  response = $location
}
