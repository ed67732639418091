function string_empty.xs {
  input {
  }

  stack {
    var $out {
      value = ""
    }
  }

  response = $out
}
