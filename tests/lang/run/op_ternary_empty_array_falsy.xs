// judgement: see docs/language-decisions.md#truthiness
function "op_ternary_empty_array_falsy" {
  input {
  }

  stack {
    var $x {
      value = [] ? "yes" : "no"
    }
  }

  response = $x
}
