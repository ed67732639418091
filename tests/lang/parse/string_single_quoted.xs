function string_single_quoted {
  input {
  }

  stack {
    var $out {
      value = 'single quoted with \'escaped\' quotes'
    }
  }

  response = $out
}
