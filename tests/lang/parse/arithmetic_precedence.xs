function arithmetic_precedence {
  input {
  }

  stack {
    var $out {
      value = 2 + 3 * 4 - 10 / 5
    }
  }

  response = $out
}
