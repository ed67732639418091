function env_variables {
  input {
  }

  stack {
    var $out {
      value = {key: $env.partner_api_key, ip: $env.$remote_ip, method: $env.$request_method}
    }
  }

  response = $out
}
