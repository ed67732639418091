// judgement: see docs/language-decisions.md#lib-crypto
function "lib_encrypt_null" {
  input {
  }

  stack {
    var $x {
      value = null|encrypt:"aes-128-cbc":"k":"iv"|base64_encode
    }
  }

  response = $x
}
