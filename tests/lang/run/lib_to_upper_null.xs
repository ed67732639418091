// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_upper_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_upper
    }
  }

  response = $x
}
