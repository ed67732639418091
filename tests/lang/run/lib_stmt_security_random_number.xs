// judgement: see docs/language-decisions.md#lib-misc
function "lib_stmt_security_random_number" {
  input {
  }

  stack {
    security.random_number {
      min = 5
      max = 5
    } as $fixed
    security.random_number {
      min = 1
      max = 6
    } as $die
  }

  response = {fixed: $fixed, in_range: $die >= 1 && $die <= 6, is_int: $die|is_int}
}
