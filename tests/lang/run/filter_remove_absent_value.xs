// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_remove_absent_value" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|remove:9
    }
  }

  response = $x
}
