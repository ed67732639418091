// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_number_format_example" {
  input {
  }

  stack {
    var $x {
      value = 1234567.891|number_format:2:".":","
    }
  }

  response = $x
}
