function filter_chain.xs {
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
