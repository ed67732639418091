// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_add_secs_to_timestamp_negative" {
  input {
  }

  stack {
    var $x {
      value = 1691527530000|add_secs_to_timestamp:-60
    }
  }

  response = $x
}
