// judgement: see docs/language-decisions.md#lib-null-input
function "lib_divide_null" {
  input {
  }

  stack {
    var $x {
      value = null|divide:2
    }
  }

  response = $x
}
