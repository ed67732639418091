// judgement: see docs/language-decisions.md#missing-values
function "op_coalesce_missing_key" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}
    }
  }

  response = $x.nope ?? 100
}
