function filter_with_two_args {
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
