function filter_chain_multiline {
  input {
    text name
  }

  stack {
    var $out {
      value = $input.name|trim
        |to_lower
        |replace:" ":"_"
    }
  }

  response = $out
}
