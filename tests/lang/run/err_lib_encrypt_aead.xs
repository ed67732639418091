// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_encrypt_aead" {
  input {
  }

  stack {
    var $x {
      value = "a"|encrypt:"aes-256-gcm":"k":"iv"
    }
  }

  response = $x
}
