// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_bitwise_and_example" {
  input {
  }

  stack {
    var $x {
      value = 12|bitwise_and:10
    }
  }

  response = $x
}
