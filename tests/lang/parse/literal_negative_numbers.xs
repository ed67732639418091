function literal_negative_numbers {
  input {
  }

  stack {
    var $out {
      value = [-1, -42, -0.5, -1000000]
    }
  }

  response = $out
}
