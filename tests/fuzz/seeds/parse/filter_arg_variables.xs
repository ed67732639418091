function filter_arg_variables {
  input {
    json items
    int offset
    int limit
  }

  stack {
    var $out {
      value = $input.items|slice:$input.offset:$input.limit
    }
  }

  response = $out
}
