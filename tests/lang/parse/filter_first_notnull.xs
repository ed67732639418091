function filter_first_notnull {
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
