function security_auth_token {
  input {
    int user_id
  }

  stack {
    security.create_auth_token {
      table = "user"
      extras = {role: "worker"}
      expiration = 86400
      id = $input.user_id
    } as $auth_token
  }

  response = $auth_token
}
