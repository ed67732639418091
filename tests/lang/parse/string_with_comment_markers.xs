function string_with_comment_markers {
  input {
  }

  stack {
    var $out {
      value = "not a // comment and not a /* block */ either"
    }
  }

  response = $out
}
