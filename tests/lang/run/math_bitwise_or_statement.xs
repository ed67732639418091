// judgement: see docs/language-decisions.md#statement-functions
function "math_bitwise_or_statement" {
  input {
  }

  stack {
    var $x {
      value = 5
    }
    math.bitwise.or $x {
      value = 3
    }
  }

  response = $x
}
