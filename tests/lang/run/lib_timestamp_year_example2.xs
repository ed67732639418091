// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_timestamp_year_example2" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|timestamp_year
    }
  }

  response = $x
}
