// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_number_format_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|number_format
    }
  }

  response = $x
}
