// judgement: see docs/language-decisions.md#lib-to-expr
function "lib_to_expr_logic" {
  input {
  }

  stack {
    var $x {
      value = "7 / 2 > 3 && 'a' == 'a'"|to_expr
    }
  }

  response = $x
}
