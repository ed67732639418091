// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_stmt_math_add_wrong_type" {
  input {
  }

  stack {
    var $n {
      value = [1]
    }
    math.add $n {
      value = 1
    }
  }

  response = $n
}
