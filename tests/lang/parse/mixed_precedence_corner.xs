function mixed_precedence_corner.xs {
  input {
  }

  stack {
    var $out {
      value = 1 + 2 * 3 == 7 && "a" ~ "b" == "ab" || false
    }
  }

  response = $out
}
