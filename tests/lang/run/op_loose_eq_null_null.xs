// judgement: see docs/language-decisions.md#equality
function "op_loose_eq_null_null" {
  input {
  }

  stack {
    var $x {
      value = null == null
    }
  }

  response = $x
}
