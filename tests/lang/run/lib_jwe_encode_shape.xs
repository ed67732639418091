// judgement: see docs/language-decisions.md#lib-crypto
function "lib_jwe_encode_shape" {
  input {
  }

  stack {
    var $x {
      value = {iat: 1}|jwe_encode:{}:"k":"A128KW":"A128GCM"|split:"."|count
    }
  }

  response = $x
}
