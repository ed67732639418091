// judgement: see docs/language-decisions.md#conversions
function "lib_to_int_example" {
  input {
  }

  stack {
    var $x {
      value = "133.45 kg"|to_int
    }
  }

  response = $x
}
