function security_encrypt_decrypt {
  input {
    text secret
  }

  stack {
    security.encrypt {
      data = $input.secret
      algorithm = "aes-256-cbc"
      key = $env.enc_key
      iv = $env.enc_iv
    } as $sealed

    security.decrypt {
      data = $sealed
      algorithm = "aes-256-cbc"
      key = $env.enc_key
      iv = $env.enc_iv
    } as $opened
  }

  response = $opened
}
