// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_set_null_value" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set:"b":null
    }
  }

  response = $x
}
