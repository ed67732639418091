// judgement: see docs/language-decisions.md#empty-values
function "filter_is_empty_object" {
  input {
  }

  stack {
    var $x {
      value = {}|is_empty
    }
  }

  response = $x
}
