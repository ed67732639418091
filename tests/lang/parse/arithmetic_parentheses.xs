function arithmetic_parentheses {
  input {
  }

  stack {
    var $out {
      value = ((1 + 2) * (3 + 4) - 5) / 2
    }
  }

  response = $out
}
