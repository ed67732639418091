// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jwe_decode_wrong_algorithms" {
  input {
  }

  stack {
    var $x {
      value = ({iat: 1}|jwe_encode:{}:"k":"A256KW":"A256GCM")|jwe_decode:{}:"k":"dir":"A256GCM"
    }
  }

  response = $x
}
