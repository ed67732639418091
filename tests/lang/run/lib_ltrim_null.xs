// judgement: see docs/language-decisions.md#lib-null-input
function "lib_ltrim_null" {
  input {
  }

  stack {
    var $x {
      value = null|ltrim
    }
  }

  response = $x
}
