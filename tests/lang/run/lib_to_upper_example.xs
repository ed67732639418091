// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_to_upper_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello été"|to_upper
    }
  }

  response = $x
}
