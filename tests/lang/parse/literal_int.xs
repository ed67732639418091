function literal_int {
  input {
  }

  stack {
    var $out {
      value = 42
    }
  }

  response = $out
}
