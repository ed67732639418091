// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_int_true" {
  input {
  }

  stack {
    var $x {
      value = 1|is_int
    }
  }

  response = $x
}
