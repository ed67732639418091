// docs: Xano XanoScript reference, syntax/functions (math statements)
function "math_div_statement_exact" {
  input {
  }

  stack {
    var $x {
      value = 20
    }
    math.div $x {
      value = 5
    }
  }

  response = $x
}
