// judgement: see docs/language-decisions.md#lib-null-input
function "lib_number_format_null" {
  input {
  }

  stack {
    var $x {
      value = null|number_format
    }
  }

  response = $x
}
