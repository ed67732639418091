function array_index_variable.xs {
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
