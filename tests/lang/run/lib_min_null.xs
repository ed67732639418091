// judgement: see docs/language-decisions.md#lib-null-input
function "lib_min_null" {
  input {
  }

  stack {
    var $x {
      value = null|min:2
    }
  }

  response = $x
}
