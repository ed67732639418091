function mixed_precedence_corner {
  input {
  }

  stack {
    var $out {
      value = 1 + 2 * 3 == 7 && "a" ~ "b" == "ab" || false
    }
  }

  response = $out
}
