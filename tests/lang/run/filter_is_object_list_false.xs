// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_is_object_list_false" {
  input {
  }

  stack {
    var $x {
      value = [1]|is_object
    }
  }

  response = $x
}
