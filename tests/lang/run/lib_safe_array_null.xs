// judgement: see docs/language-decisions.md#lib-null-input
function "lib_safe_array_null" {
  input {
  }

  stack {
    var $x {
      value = null|safe_array
    }
  }

  response = $x
}
