function logical_with_parentheses {
  input {
    bool a
    bool b
    bool c
    bool d
  }

  stack {
    var $out {
      value = ($input.a || $input.b) && ($input.c || $input.d)
    }
  }

  response = $out
}
