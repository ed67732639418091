// judgement: see docs/language-decisions.md#lib-misc
function "lib_stmt_security_random_bytes" {
  input {
  }

  stack {
    security.random_bytes {
      length = 16
    } as $b
  }

  response = $b|bin2hex|strlen
}
