// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_jws_encode_algorithm" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|jws_encode:{}:"secret":"none"
    }
  }

  response = $x
}
