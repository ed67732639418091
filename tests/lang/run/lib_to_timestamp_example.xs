// judgement: see docs/language-decisions.md#timestamps
function "lib_to_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 20:45:30"|to_timestamp
    }
  }

  response = $x
}
