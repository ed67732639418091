// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jwe_decode_wrong_key" {
  input {
  }

  stack {
    var $x {
      value = ({iat: 1}|jwe_encode:{}:"k1":"A256KW":"A256GCM")|jwe_decode:{}:"k2":"A256KW":"A256GCM"
    }
  }

  response = $x
}
