// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_encrypt_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|encrypt:"aes-192-cbc":"1494AX6XJUsDe51kF9S9sA==":"27222b6032574bad"|base64_encode
    }
  }

  response = $x
}
