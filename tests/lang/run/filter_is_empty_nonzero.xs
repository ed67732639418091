// judgement: see docs/language-decisions.md#empty-values
function "filter_is_empty_nonzero" {
  input {
  }

  stack {
    var $x {
      value = 5|is_empty
    }
  }

  response = $x
}
