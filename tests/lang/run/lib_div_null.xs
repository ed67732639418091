// judgement: see docs/language-decisions.md#lib-null-input
function "lib_div_null" {
  input {
  }

  stack {
    var $x {
      value = null|div:2
    }
  }

  response = $x
}
