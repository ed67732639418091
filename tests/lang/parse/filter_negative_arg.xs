function filter_negative_arg {
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
