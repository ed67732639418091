// judgement: see docs/language-decisions.md#empty-values
function "filter_is_empty_false_bool" {
  input {
  }

  stack {
    var $x {
      value = false|is_empty
    }
  }

  response = $x
}
