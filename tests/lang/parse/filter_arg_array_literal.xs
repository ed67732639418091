function filter_arg_array_literal {
  input {
    json ids
  }

  stack {
    var $out {
      value = $input.ids|merge:[4, 5, 6]
    }
  }

  response = $out
}
