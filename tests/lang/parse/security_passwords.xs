function security_passwords {
  input {
    text candidate
    text stored_hash
  }

  stack {
    security.create_password {
      character_count = 16
      require_lowercase = true
      require_uppercase = true
      require_digit = true
      require_symbol = true
      symbol_whitelist = "!#%"
    } as $generated

    security.check_password {
      text_password = $input.candidate
      hash_password = $input.stored_hash
    } as $matches
  }

  response = $matches
}
