// judgement: see docs/language-decisions.md#lib-null-input
function "lib_filter_null" {
  input {
  }

  stack {
    var $x {
      value = null|filter:$$
    }
  }

  response = $x
}
