// judgement: see docs/language-decisions.md#lib-crypto
function "lib_security_jwe_roundtrip" {
  input {
  }

  stack {
    security.create_rsa_key {
      bits = 2048
      format = "pem"
    } as $key

    security.jwe_encode {
      headers = {}
      claims = { "data": "secret" }
      key = $key
      key_algorithm = "RSA-OAEP-256"
      content_algorithm = "A256GCM"
      ttl = 0
    } as $token

    security.jwe_decode {
      token = $token
      key = $key
      check_claims = { "data": "secret" }
      key_algorithm = "RSA-OAEP-256"
      content_algorithm = "A256GCM"
      timeDrift = 0
    } as $claims

    security.create_secret_key {
      bits = 256
      format = "object"
    } as $secret

    security.jwe_encode {
      headers = {}
      claims = { "n": 1 }
      key = $secret
      key_algorithm = "A256KW"
      content_algorithm = "A256CBC-HS512"
      ttl = 60
    } as $token2

    security.jwe_decode {
      token = $token2
      key = $secret
      check_claims = {}
      key_algorithm = "A256KW"
      content_algorithm = "A256CBC-HS512"
      timeDrift = 0
    } as $claims2
  }

  response = {
    pem: $key|starts_with:"-----BEGIN PRIVATE KEY-----"
    data: $claims.data
    parts: $token|split:"."|count
    n: $claims2.n
    secret: $secret.kty
  }
}
