function filter_with_one_arg.xs {
  input {
    text csv
  }

  stack {
    var $out {
      value = $input.csv|split:","
    }
  }

  response = $out
}
