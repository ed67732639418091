// judgement: see docs/language-decisions.md#truthiness
function "op_or_truthy_text" {
  input {
  }

  stack {
    var $x {
      value = "a" || 0
    }
  }

  response = $x
}
