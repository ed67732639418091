// judgement: see docs/language-decisions.md#conversions
function "lib_to_bool_other_text" {
  input {
  }

  stack {
    var $x {
      value = "yes"|to_bool
    }
  }

  response = $x
}
