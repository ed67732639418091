function unary_minus_variable {
  input {
    decimal amount
  }

  stack {
    var $out {
      value = 0 - $input.amount
    }
  }

  response = $out
}
