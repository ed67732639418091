// judgement: see docs/language-decisions.md#conversions
function "lib_to_int_decimal" {
  input {
  }

  stack {
    var $n {
      value = -3.99
    }
    var $x {
      value = $n|to_int
    }
  }

  response = $x
}
