// judgement: see docs/language-decisions.md#truthiness
function "op_or_returns_bool_false" {
  input {
  }

  stack {
    var $x {
      value = 0 || ""
    }
  }

  response = $x
}
