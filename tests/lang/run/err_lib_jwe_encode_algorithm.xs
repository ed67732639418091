// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jwe_encode_algorithm" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|jwe_encode:{}:"k":"A256KW":"A999GCM"
    }
  }

  response = $x
}
