// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_pop_empty_is_null" {
  input {
  }

  stack {
    var $x {
      value = []|pop
    }
  }

  response = $x
}
