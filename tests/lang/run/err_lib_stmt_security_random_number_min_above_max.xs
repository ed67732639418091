// judgement: see docs/language-decisions.md#lib-misc
function "err_lib_stmt_security_random_number_min_above_max" {
  input {
  }

  stack {
    security.random_number {
      min = 7
      max = 1
    } as $n
  }

  response = $n
}
