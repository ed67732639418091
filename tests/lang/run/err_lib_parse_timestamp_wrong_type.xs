// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_parse_timestamp_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|parse_timestamp:"Y"
    }
  }

  response = $x
}
