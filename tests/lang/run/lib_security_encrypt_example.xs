// docs: docs.xano.com/xanoscript/function-reference/security (Encrypt, Decrypt)
function "lib_security_encrypt_example" {
  input {
  }

  stack {
    security.encrypt {
      data = "hello"
      algorithm = "aes-256-cbc"
      key = "encryption_key"
      iv = "init_vector"
    } as $encrypted

    security.decrypt {
      data = $encrypted
      algorithm = "aes-256-cbc"
      key = "encryption_key"
      iv = "init_vector"
    } as $plain
  }

  response = [$encrypted|base64_encode, $plain]
}
