// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_is_array_object_false" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|is_array
    }
  }

  response = $x
}
