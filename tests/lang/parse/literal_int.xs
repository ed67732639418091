function literal_int.xs {
  input {
  }

  stack {
    var $out {
      value = 42
    }
  }

  response = $out
}
