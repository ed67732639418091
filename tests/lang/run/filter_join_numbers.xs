// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_join_numbers" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|join:","
    }
  }

  response = $x
}
