function backtick_expression_single_line {
  input {
  }

  stack {
    var $out {
      value = `{"a": {"b": 2}}`|get:"a":null
    }
  }

  response = $out
}
