// judgement: see docs/language-decisions.md#conversions
function "lib_to_bool_zero" {
  input {
  }

  stack {
    var $x {
      value = 0|to_bool
    }
  }

  response = $x
}
