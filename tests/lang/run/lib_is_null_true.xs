// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_null_true" {
  input {
  }

  stack {
    var $x {
      value = null|is_null
    }
  }

  response = $x
}
