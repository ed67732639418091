// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_ln_example" {
  input {
  }

  stack {
    var $x {
      value = 1|ln
    }
  }

  response = $x
}
