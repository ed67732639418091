// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_is_bool_int_false" {
  input {
  }

  stack {
    var $x {
      value = 0|is_bool
    }
  }

  response = $x
}
