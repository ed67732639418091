// judgement: see docs/language-decisions.md#lib-to-expr
function "err_lib_to_expr_variable" {
  input {
  }

  stack {
    var $x {
      value = "$env.SECRET"|to_expr
    }
  }

  response = $x
}
