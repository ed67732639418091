function string_double_quoted_escapes {
  input {
  }

  stack {
    var $out {
      value = "line one\nline two\ttabbed \"quoted\" back\\slash"
    }
  }

  response = $out
}
