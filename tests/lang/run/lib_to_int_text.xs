// judgement: see docs/language-decisions.md#conversions
function "lib_to_int_text" {
  input {
  }

  stack {
    var $x {
      value = "abc"|to_int
    }
  }

  response = $x
}
