function filter_with_two_args.xs {
  input {
    text text
  }

  stack {
    var $out {
      value = $input.text|replace:"foo":"bar"
    }
  }

  response = $out
}
