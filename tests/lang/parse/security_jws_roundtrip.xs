function security_jws_roundtrip {
  input {
    int user_id
  }

  stack {
    security.jws_encode {
      headers = {}
      claims = {sub: $input.user_id}
      key = $env.jwt_key
      signature_algorithm = "HS256"
      ttl = 3600
    } as $token

    security.jws_decode {
      token = $token
      key = $env.jwt_key
      check_claims = {}
      signature_algorithm = "HS256"
      timeDrift = 0
    } as $claims
  }

  response = $claims
}
