// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_nonempty_array_truthy" {
  input {
  }

  stack {
    var $x {
      value = [0] ? "yes" : "no"
    }
  }

  response = $x
}
