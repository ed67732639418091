function filter_compare_parenthesized {
  input {
    json items
    int min
  }

  stack {
    var $out {
      value = ($input.items|count) >= ($input.min|add:1)
    }
  }

  response = $out
}
