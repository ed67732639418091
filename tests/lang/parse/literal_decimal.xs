function literal_decimal.xs {
  input {
  }

  stack {
    var $out {
      value = 3.14159
    }
  }

  response = $out
}
