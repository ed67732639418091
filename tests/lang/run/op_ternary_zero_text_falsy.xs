// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_zero_text_falsy" {
  input {
  }

  stack {
    var $x {
      value = "0" ? "yes" : "no"
    }
  }

  response = $x
}
