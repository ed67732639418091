function filter_no_args.xs {
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
