function object_literal_empty {
  input {
  }

  stack {
    var $out {
      value = {}
    }
  }

  response = $out
}
