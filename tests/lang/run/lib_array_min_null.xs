// judgement: see docs/language-decisions.md#lib-null-input
function "lib_array_min_null" {
  input {
  }

  stack {
    var $x {
      value = null|array_min
    }
  }

  response = $x
}
