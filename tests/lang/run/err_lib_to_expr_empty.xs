// judgement: see docs/language-decisions.md#lib-to-expr
function "err_lib_to_expr_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|to_expr
    }
  }

  response = $x
}
