// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jws_decode_expired" {
  input {
  }

  stack {
    var $x {
      value = ({iat: 1, exp: 2}|jws_encode:{}:"k":"HS256")|jws_decode:{}:"k":"HS256"
    }
  }

  response = $x
}
