function filter_map_expression_arg.xs {
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
