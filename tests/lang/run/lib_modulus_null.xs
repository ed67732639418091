// judgement: see docs/language-decisions.md#lib-null-input
function "lib_modulus_null" {
  input {
  }

  stack {
    var $x {
      value = null|modulus:3
    }
  }

  response = $x
}
