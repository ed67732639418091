// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_to_timestamp_int" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|to_timestamp
    }
  }

  response = $x
}
