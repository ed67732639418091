// judgement: see docs/language-decisions.md#missing-values
function "op_coalesce_false_kept" {
  input {
  }

  stack {
    var $x {
      value = false ?? 5
    }
  }

  response = $x
}
