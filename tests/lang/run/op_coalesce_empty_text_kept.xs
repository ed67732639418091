// judgement: see docs/language-decisions.md#missing-values
function "op_coalesce_empty_text_kept" {
  input {
  }

  stack {
    var $x {
      value = "" ?? "x"
    }
  }

  response = $x
}
