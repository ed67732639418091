// judgement: see docs/language-decisions.md#missing-values
function "filter_has_key_with_null_value" {
  input {
  }

  stack {
    var $x {
      value = {a:null}|has:"a"
    }
  }

  response = $x
}
