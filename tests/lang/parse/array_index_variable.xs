function array_index_variable {
  input {
    json items
    int position
  }

  stack {
    var $out {
      value = $input.items[$input.position]
    }
  }

  response = $out
}
