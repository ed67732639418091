// judgement: see docs/language-decisions.md#timestamps
function "lib_to_timestamp_offset_zone" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 20:45:30"|to_timestamp:"+02:00"
    }
  }

  response = $x
}
