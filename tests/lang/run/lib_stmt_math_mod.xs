// judgement: see docs/language-decisions.md#numbers
function "lib_stmt_math_mod" {
  input {
  }

  stack {
    var $n {
      value = -8
    }
    math.mod $n {
      value = 3
    }
  }

  response = $n
}
