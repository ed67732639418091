// judgement: see docs/language-decisions.md#timestamps
function "lib_transform_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|transform_timestamp:"-7 days"
    }
  }

  response = $x
}
