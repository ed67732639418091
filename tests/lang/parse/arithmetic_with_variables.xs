function arithmetic_with_variables {
  input {
    decimal price
    int quantity
    decimal shipping
    decimal discount
  }

  stack {
    var $out {
      value = $input.price * $input.quantity + $input.shipping - $input.discount
    }
  }

  response = $out
}
