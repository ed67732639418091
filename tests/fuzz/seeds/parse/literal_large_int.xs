function literal_large_int {
  input {
  }

  stack {
    var $out {
      value = 9007199254740991
    }
  }

  response = $out
}
