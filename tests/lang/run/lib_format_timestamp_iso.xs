// judgement: see docs/language-decisions.md#timestamps
function "lib_format_timestamp_iso" {
  input {
  }

  stack {
    var $x {
      value = 1692132330123|format_timestamp:"c|v|U"
    }
  }

  response = $x
}
