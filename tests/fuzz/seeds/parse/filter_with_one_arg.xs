function filter_with_one_arg {
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
