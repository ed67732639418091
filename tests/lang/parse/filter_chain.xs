function filter_chain {
  input {
    text name
  }

  stack {
    var $out {
      value = $input.name|trim|to_lower|capitalize
    }
  }

  response = $out
}
