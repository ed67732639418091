// judgement: see docs/language-decisions.md#conversions
function "lib_to_bool_false_text" {
  input {
  }

  stack {
    var $x {
      value = "false"|to_bool
    }
  }

  response = $x
}
