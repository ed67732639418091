// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_encrypt_unknown_cipher" {
  input {
  }

  stack {
    var $x {
      value = "a"|encrypt:"rot13":"k":"iv"
    }
  }

  response = $x
}
