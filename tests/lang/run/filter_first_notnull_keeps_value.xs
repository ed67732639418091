// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_first_notnull_keeps_value" {
  input {
  }

  stack {
    var $x {
      value = 5|first_notnull:0
    }
  }

  response = $x
}
