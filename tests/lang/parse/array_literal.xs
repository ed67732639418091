function array_literal {
  input {
  }

  stack {
    var $out {
      value = [1, "two", 3.5, true, null, [4], {five: 5}]
    }
  }

  response = $out
}
