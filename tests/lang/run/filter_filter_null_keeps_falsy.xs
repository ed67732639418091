// judgement: see docs/language-decisions.md#empty-values
function "filter_filter_null_keeps_falsy" {
  input {
  }

  stack {
    var $x {
      value = [0, null, "", false, null]|filter_null
    }
  }

  response = $x
}
