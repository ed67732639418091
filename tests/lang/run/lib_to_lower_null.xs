// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_lower_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_lower
    }
  }

  response = $x
}
