// judgement: see docs/language-decisions.md#lib-null-input
function "lib_filter_empty_array_null" {
  input {
  }

  stack {
    var $x {
      value = null|filter_empty_array
    }
  }

  response = $x
}
