// judgement: see docs/language-decisions.md#statement-functions
function "math_bitwise_xor_statement" {
  input {
  }

  stack {
    var $x {
      value = 5
    }
    math.bitwise.xor $x {
      value = 3
    }
  }

  response = $x
}
