// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_number_format_defaults" {
  input {
  }

  stack {
    var $x {
      value = 1234.5|number_format
    }
  }

  response = $x
}
