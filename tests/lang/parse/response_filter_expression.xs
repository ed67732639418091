function response_filter_expression {
  input {
  }

  stack {

  }

  response = {"a": [1, 2, 3]}|get:"a"
}
