function string_empty {
  input {
  }

  stack {
    var $out {
      value = ""
    }
  }

  response = $out
}
