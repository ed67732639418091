// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_decrypt_wrong_key" {
  input {
  }

  stack {
    var $x {
      value = ("uZntWiCtcnw1l8rA6X7bbA=="|base64_decode)|decrypt:"aes-192-cbc":"another key entirely!!!":"27222b6032574bad"
    }
  }

  response = $x
}
