// judgement: see docs/language-decisions.md#lib-null-input
function "lib_array_max_null" {
  input {
  }

  stack {
    var $x {
      value = null|array_max
    }
  }

  response = $x
}
