// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_int_false" {
  input {
  }

  stack {
    var $x {
      value = 1.5|is_int
    }
  }

  response = $x
}
