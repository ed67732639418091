// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jwe_decode_null" {
  input {
  }

  stack {
    var $x {
      value = null|jwe_decode:{}:"k":"dir":"A256GCM"
    }
  }

  response = $x
}
