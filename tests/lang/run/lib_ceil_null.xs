// judgement: see docs/language-decisions.md#lib-null-input
function "lib_ceil_null" {
  input {
  }

  stack {
    var $x {
      value = null|ceil
    }
  }

  response = $x
}
