// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_bitwise_xor_example" {
  input {
  }

  stack {
    var $x {
      value = 12|bitwise_xor:10
    }
  }

  response = $x
}
