// judgement: see docs/language-decisions.md#timestamps
function "lib_format_timestamp_letters" {
  input {
  }

  stack {
    var $x {
      value = 0|format_timestamp:"D, d M Y H:i:s O|l jS F|N W o|g:i a"
    }
  }

  response = $x
}
