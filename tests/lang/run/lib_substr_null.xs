// judgement: see docs/language-decisions.md#lib-null-input
function "lib_substr_null" {
  input {
  }

  stack {
    var $x {
      value = null|substr:0:2
    }
  }

  response = $x
}
