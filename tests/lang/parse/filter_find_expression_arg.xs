function filter_find_expression_arg.xs {
  input {
    json steps
  }

  stack {
    var $out {
      value = $input.steps|find:$$.success == false
    }
  }

  response = $out
}
