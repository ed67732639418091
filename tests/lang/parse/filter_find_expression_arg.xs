function filter_find_expression_arg {
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
