// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_decrypt_example" {
  input {
  }

  stack {
    var $x {
      value = ("uZntWiCtcnw1l8rA6X7bbA=="|base64_decode)|decrypt:"aes-192-cbc":"1494AX6XJUsDe51kF9S9sA==":"27222b6032574bad"
    }
  }

  response = $x
}
