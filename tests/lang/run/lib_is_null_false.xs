// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_null_false" {
  input {
  }

  stack {
    var $x {
      value = 0|is_null
    }
  }

  response = $x
}
