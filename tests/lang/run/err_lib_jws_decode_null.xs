// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jws_decode_null" {
  input {
  }

  stack {
    var $x {
      value = null|jws_decode:{}:"k":"HS256"
    }
  }

  response = $x
}
