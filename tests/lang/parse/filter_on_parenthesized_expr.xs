function filter_on_parenthesized_expr {
  input {
    decimal a
    decimal b
  }

  stack {
    var $out {
      value = ($input.a + $input.b)|round:2
    }
  }

  response = $out
}
