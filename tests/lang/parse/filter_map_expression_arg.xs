function filter_map_expression_arg {
  input {
    json steps
  }

  stack {
    var $out {
      value = $input.steps|map:$$.duration_ms * 2
    }
  }

  response = $out
}
