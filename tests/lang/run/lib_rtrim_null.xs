// judgement: see docs/language-decisions.md#lib-null-input
function "lib_rtrim_null" {
  input {
  }

  stack {
    var $x {
      value = null|rtrim
    }
  }

  response = $x
}
