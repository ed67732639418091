// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_modulus_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|modulus:3
    }
  }

  response = $x
}
