// judgement: see docs/language-decisions.md#lib-null-input
function "lib_index_by_null" {
  input {
  }

  stack {
    var $x {
      value = null|index_by:"g"
    }
  }

  response = $x
}
