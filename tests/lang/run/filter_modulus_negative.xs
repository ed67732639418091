// judgement: see docs/language-decisions.md#numbers
function "filter_modulus_negative" {
  input {
  }

  stack {
    var $x {
      value = -8|modulus:3
    }
  }

  response = $x
}
