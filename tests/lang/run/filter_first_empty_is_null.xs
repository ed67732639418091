// judgement: see docs/language-decisions.md#missing-values
function "filter_first_empty_is_null" {
  input {
  }

  stack {
    var $x {
      value = []|first
    }
  }

  response = $x
}
