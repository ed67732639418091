// judgement: see docs/language-decisions.md#conversions
function "lib_to_int_bool" {
  input {
  }

  stack {
    var $x {
      value = true|to_int
    }
  }

  response = $x
}
