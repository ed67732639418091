// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sort_null" {
  input {
  }

  stack {
    var $x {
      value = null|sort
    }
  }

  response = $x
}
