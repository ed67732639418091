// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jws_encode_rsa_key" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|jws_encode:{}:"not a pem key":"RS256"
    }
  }

  response = $x
}
