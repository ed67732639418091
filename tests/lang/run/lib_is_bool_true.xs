// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_is_bool_true" {
  input {
  }

  stack {
    var $x {
      value = false|is_bool
    }
  }

  response = $x
}
