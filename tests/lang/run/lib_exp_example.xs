// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_exp_example" {
  input {
  }

  stack {
    var $x {
      value = 0|exp
    }
  }

  response = $x
}
