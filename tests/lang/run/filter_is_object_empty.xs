// judgement: see docs/language-decisions.md#empty-collections
function "filter_is_object_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|is_object
    }
  }

  response = $x
}
