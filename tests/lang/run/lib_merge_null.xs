// judgement: see docs/language-decisions.md#lib-null-input
function "lib_merge_null" {
  input {
  }

  stack {
    var $x {
      value = null|merge:[1]
    }
  }

  response = $x
}
