// docs: docs.xano.com/xanoscript/function-reference/security (Generate Password)
function "lib_security_create_password_example" {
  input {
  }

  stack {
    security.create_password {
      character_count = 12
      require_lowercase = true
      require_uppercase = true
      require_digit = true
      require_symbol = false
      symbol_whitelist = ""
    } as $pw
  }

  response = {
    length: $pw|strlen
    lower: "/[a-z]/"|regex_matches:$pw
    upper: "/[A-Z]/"|regex_matches:$pw
    digit: "/[0-9]/"|regex_matches:$pw
    only: "/^[a-zA-Z0-9]+$/"|regex_matches:$pw
  }
}
