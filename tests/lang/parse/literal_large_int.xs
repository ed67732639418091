function literal_large_int.xs {
  input {
  }

  stack {
    var $out {
      value = 9007199254740991
    }
  }

  response = $out
}
