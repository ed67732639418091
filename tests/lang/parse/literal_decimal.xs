function literal_decimal {
  input {
  }

  stack {
    var $out {
      value = 3.14159
    }
  }

  response = $out
}
