// docs: Xano XanoScript reference, syntax/functions (math statements)
function "math_add_statement" {
  input {
  }

  stack {
    var $x {
      value = 10
    }
    math.add $x {
      value = 5
    }
  }

  response = $x
}
