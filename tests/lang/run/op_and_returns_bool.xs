// judgement: see docs/language-decisions.md#truthiness
function "op_and_returns_bool" {
  input {
  }

  stack {
    var $x {
      value = 1 && "x"
    }
  }

  response = $x
}
