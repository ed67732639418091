// docs: Xano XanoScript reference, syntax/functions (math statements)
function "math_sub_statement" {
  input {
  }

  stack {
    var $x {
      value = 10
    }
    math.sub $x {
      value = 4
    }
  }

  response = $x
}
