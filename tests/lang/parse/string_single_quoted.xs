function string_single_quoted.xs {
  input {
  }

  stack {
    var $out {
      value = 'single quoted with \'escaped\' quotes'
    }
  }

  response = $out
}
