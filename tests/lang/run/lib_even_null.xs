// judgement: see docs/language-decisions.md#lib-null-input
function "lib_even_null" {
  input {
  }

  stack {
    var $x {
      value = null|even
    }
  }

  response = $x
}
