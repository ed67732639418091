function filter_join_and_split {
  input {
    json words
  }

  stack {
    var $out {
      value = ($input.words|join:"-")|split:"-"
    }
  }

  response = $out
}
