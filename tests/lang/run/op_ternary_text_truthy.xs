// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_text_truthy" {
  input {
  }

  stack {
    var $x {
      value = "false" ? "yes" : "no"
    }
  }

  response = $x
}
