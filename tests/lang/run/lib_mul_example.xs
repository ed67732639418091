// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_mul_example" {
  input {
  }

  stack {
    var $x {
      value = 5|mul:2
    }
  }

  response = $x
}
