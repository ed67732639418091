// judgement: see docs/language-decisions.md#numbers
function "lib_modulus_example" {
  input {
  }

  stack {
    var $n {
      value = -8
    }
    var $x {
      value = $n|modulus:3
    }
  }

  response = $x
}
