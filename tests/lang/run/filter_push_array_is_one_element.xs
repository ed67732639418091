// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_push_array_is_one_element" {
  input {
  }

  stack {
    var $x {
      value = [1]|push:[2,3]
    }
  }

  response = $x
}
