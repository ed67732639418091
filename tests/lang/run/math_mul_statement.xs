// docs: Xano XanoScript reference, syntax/functions (math statements)
function "math_mul_statement" {
  input {
  }

  stack {
    var $x {
      value = 3
    }
    math.mul $x {
      value = 4
    }
  }

  response = $x
}
