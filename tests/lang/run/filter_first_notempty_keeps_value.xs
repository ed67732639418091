// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_first_notempty_keeps_value" {
  input {
  }

  stack {
    var $x {
      value = "a"|first_notempty:"b"
    }
  }

  response = $x
}
