// judgement: see docs/language-decisions.md#lib-passwords
function "lib_security_check_password_example" {
  input {
  }

  stack {
    security.check_password {
      text_password = "rasmuslerdorf"
      hash_password = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a"
    } as $good

    security.check_password {
      text_password = "rasmuslerdorF"
      hash_password = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a"
    } as $bad

    security.check_password {
      text_password = "x"
      hash_password = null
    } as $none
  }

  response = [$good, $bad, $none]
}
