function unary_minus_variable.xs {
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
