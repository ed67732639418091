// judgement: see docs/language-decisions.md#truthiness
function "op_or_zero_default_is_bool" {
  input {
  }

  stack {
    var $x {
      value = 0 || 10
    }
  }

  response = $x
}
