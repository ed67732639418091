// judgement: see docs/language-decisions.md#lib-crypto
function "lib_security_jws_roundtrip" {
  input {
  }

  stack {
    security.create_curve_key {
      curve = "P-256"
      format = "object"
    } as $key

    security.jws_encode {
      headers = { "kid": "k1" }
      claims = { "user_id": "123" }
      key = $key
      signature_algorithm = "ES256"
      ttl = 3600
    } as $token

    security.jws_decode {
      token = $token
      key = $key
      check_claims = { "user_id": "123" }
      signature_algorithm = "ES256"
      timeDrift = 0
    } as $claims
  }

  response = {
    kty: $key.kty
    user_id: $claims.user_id
    lasts: $claims.exp - $claims.iat
  }
}
