// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jws_decode_garbage" {
  input {
  }

  stack {
    var $x {
      value = "abc"|jws_decode:{}:"k":"HS256"
    }
  }

  response = $x
}
