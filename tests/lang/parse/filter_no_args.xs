function filter_no_args {
  input {
    text name
  }

  stack {
    var $out {
      value = $input.name|trim
    }
  }

  response = $out
}
