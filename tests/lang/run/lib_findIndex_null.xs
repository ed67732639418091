// judgement: see docs/language-decisions.md#lib-null-input
function "lib_findIndex_null" {
  input {
  }

  stack {
    var $x {
      value = null|findIndex:$$
    }
  }

  response = $x
}
