function filter_negative_arg.xs {
  input {
    int n
  }

  stack {
    var $out {
      value = $input.n|add:-5
    }
  }

  response = $out
}
