// judgement: see docs/language-decisions.md#missing-values
function "filter_get_present_null_not_default" {
  input {
  }

  stack {
    var $x {
      value = {a:null}|get:"a":"d"
    }
  }

  response = $x
}
