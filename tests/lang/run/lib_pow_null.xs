// judgement: see docs/language-decisions.md#lib-null-input
function "lib_pow_null" {
  input {
  }

  stack {
    var $x {
      value = null|pow:2
    }
  }

  response = $x
}
