function filter_first_notnull.xs {
  input {
    text? nickname
  }

  stack {
    var $out {
      value = $input.nickname|first_notnull:"anonymous"
    }
  }

  response = $out
}
