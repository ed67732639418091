// judgement: see docs/language-decisions.md#lib-null-input
function "lib_filter_empty_object_null" {
  input {
  }

  stack {
    var $x {
      value = null|filter_empty_object
    }
  }

  response = $x
}
