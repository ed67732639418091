// judgement: see docs/language-decisions.md#missing-values
function "filter_get_missing_is_null" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|get:"b"
    }
  }

  response = $x
}
