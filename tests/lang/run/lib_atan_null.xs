// judgement: see docs/language-decisions.md#lib-null-input
function "lib_atan_null" {
  input {
  }

  stack {
    var $x {
      value = null|atan
    }
  }

  response = $x
}
