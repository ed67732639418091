// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_has_null_value" {
  input {
  }

  stack {
    var $x {
      value = {a:null}|has:"a"
    }
  }

  response = $x
}
