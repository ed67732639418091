// Signs in a user id (no password check: the test is about the token).
query login verb=POST {
  input {
    int user_id
    int ttl?=60
  }

  stack {
    security.create_auth_token {
      table = "user"
      extras = {role: "tester"}
      expiration = $input.ttl
      id = $input.user_id
    } as $token
  }

  response = {authToken: $token}
}
