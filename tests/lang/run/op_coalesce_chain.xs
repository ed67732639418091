// judgement: see docs/language-decisions.md#missing-values
function "op_coalesce_chain" {
  input {
  }

  stack {
    var $x {
      value = null ?? null ?? 3
    }
  }

  response = $x
}
