function literal_now.xs {
  input {
  }

  stack {
    var $out {
      value = now
    }
  }

  response = $out
}
