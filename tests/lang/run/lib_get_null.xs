// judgement: see docs/language-decisions.md#lib-null-input
function "lib_get_null" {
  input {
  }

  stack {
    var $x {
      value = null|get:"a":5
    }
  }

  response = $x
}
