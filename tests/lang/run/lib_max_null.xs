// judgement: see docs/language-decisions.md#lib-null-input
function "lib_max_null" {
  input {
  }

  stack {
    var $x {
      value = null|max:2
    }
  }

  response = $x
}
