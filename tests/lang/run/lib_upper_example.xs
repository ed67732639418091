// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_upper_example" {
  input {
  }

  stack {
    var $x {
      value = "abc"|upper
    }
  }

  response = $x
}
