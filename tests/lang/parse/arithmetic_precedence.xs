function arithmetic_precedence.xs {
  input {
  }

  stack {
    var $out {
      value = 2 + 3 * 4 - 10 / 5
    }
  }

  response = $out
}
