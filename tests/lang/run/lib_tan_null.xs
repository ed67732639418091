// judgement: see docs/language-decisions.md#lib-null-input
function "lib_tan_null" {
  input {
  }

  stack {
    var $x {
      value = null|tan
    }
  }

  response = $x
}
