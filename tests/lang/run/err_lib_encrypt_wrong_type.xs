// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_encrypt_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|encrypt:"aes-128-cbc":"k":"iv"
    }
  }

  response = $x
}
