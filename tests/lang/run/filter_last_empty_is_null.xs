// judgement: see docs/language-decisions.md#missing-values
function "filter_last_empty_is_null" {
  input {
  }

  stack {
    var $x {
      value = []|last
    }
  }

  response = $x
}
