// judgement: see docs/language-decisions.md#lib-crypto
function "lib_jwe_encode_dir_gcm" {
  input {
  }

  stack {
    var $x {
      value = ({iat: 1, data: "x"}|jwe_encode:{}:"k":"dir":"A128GCM")|jwe_decode:{data: "x"}:"k":"dir":"A128GCM"
    }
  }

  response = $x
}
