// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_bitwise_or_example" {
  input {
  }

  stack {
    var $x {
      value = 12|bitwise_or:10
    }
  }

  response = $x
}
