// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_less_than_or_equal_example" {
  input {
  }

  stack {
    var $x {
      value = 2|less_than_or_equal:2
    }
  }

  response = $x
}
