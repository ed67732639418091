// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_decrypt_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}|decrypt:"aes-128-cbc":"k":"iv"
    }
  }

  response = $x
}
