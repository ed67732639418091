// judgement: see docs/language-decisions.md#lib-crypto
function "lib_jws_encode_headers" {
  input {
  }

  stack {
    var $x {
      value = {iat: 1}|jws_encode:{kid: "k1"}:"secret":"HS512"|split:"."|first|base64_decode_urlsafe
    }
  }

  response = $x
}
