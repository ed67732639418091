function filter_arg_variables.xs {
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
