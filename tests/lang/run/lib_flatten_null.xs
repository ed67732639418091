// judgement: see docs/language-decisions.md#lib-null-input
function "lib_flatten_null" {
  input {
  }

  stack {
    var $x {
      value = null|flatten
    }
  }

  response = $x
}
