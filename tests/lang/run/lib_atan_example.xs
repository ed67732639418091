// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_atan_example" {
  input {
  }

  stack {
    var $x {
      value = 1|atan
    }
  }

  response = $x
}
