// docs: docs.xano.com/xanoscript/filter-reference/security
function "lib_decrypt_empty_iv" {
  input {
  }

  stack {
    var $x {
      value = ("secret"|encrypt:"aes-128-cbc":"secret_key":"")|decrypt:"aes-128-cbc":"secret_key":""
    }
  }

  response = $x
}
