// judgement: see docs/language-decisions.md#lib-auth-tokens
function "err_lib_security_create_auth_token_no_secret" {
  input {
  }

  stack {
    security.create_auth_token {
      table = "users"
      extras = { "role": "admin" }
      expiration = 86400
      id = 1
    } as $authToken
  }

  response = $authToken
}
