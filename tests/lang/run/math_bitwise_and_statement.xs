// judgement: see docs/language-decisions.md#statement-functions
function "math_bitwise_and_statement" {
  input {
  }

  stack {
    var $x {
      value = 7
    }
    math.bitwise.and $x {
      value = 3
    }
  }

  response = $x
}
