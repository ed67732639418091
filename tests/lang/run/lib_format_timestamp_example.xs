// judgement: see docs/language-decisions.md#timestamps
function "lib_format_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|format_timestamp:"Y-m-d H:i:s":"UTC"
    }
  }

  response = $x
}
