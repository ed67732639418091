// judgement: see docs/language-decisions.md#equality
function "op_strict_neq_int_text" {
  input {
  }

  stack {
    var $x {
      value = 1 !== "1"
    }
  }

  response = $x
}
