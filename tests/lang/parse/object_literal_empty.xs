function object_literal_empty.xs {
  input {
  }

  stack {
    var $out {
      value = {}
    }
  }

  response = $out
}
