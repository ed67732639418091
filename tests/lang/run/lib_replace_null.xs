// judgement: see docs/language-decisions.md#lib-null-input
function "lib_replace_null" {
  input {
  }

  stack {
    var $x {
      value = null|replace:"a":"b"
    }
  }

  response = $x
}
