// judgement: see docs/language-decisions.md#conversions
function "lib_to_bool_true_text" {
  input {
  }

  stack {
    var $x {
      value = "true"|to_bool
    }
  }

  response = $x
}
