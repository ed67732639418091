// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_odd_example" {
  input {
  }

  stack {
    var $x {
      value = 4|odd
    }
  }

  response = $x
}
