// judgement: see docs/language-decisions.md#lib-null-input
function "lib_remove_null" {
  input {
  }

  stack {
    var $x {
      value = null|remove:1
    }
  }

  response = $x
}
