// judgement: see docs/language-decisions.md#lib-null-input
function "lib_upper_null" {
  input {
  }

  stack {
    var $x {
      value = null|upper
    }
  }

  response = $x
}
