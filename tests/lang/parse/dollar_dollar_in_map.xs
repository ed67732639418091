function dollar_dollar_in_map {
  input {
    json items
  }

  stack {
    var $out {
      value = $input.items|map:$$.id
    }
  }

  response = $out
}
