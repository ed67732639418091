// judgement: see docs/language-decisions.md#lib-null-input
function "lib_filter_null_null" {
  input {
  }

  stack {
    var $x {
      value = null|filter_null
    }
  }

  response = $x
}
