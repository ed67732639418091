// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_to_lower_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello ÉTÉ"|to_lower
    }
  }

  response = $x
}
