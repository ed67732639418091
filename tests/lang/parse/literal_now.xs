function literal_now {
  input {
  }

  stack {
    var $out {
      value = now
    }
  }

  response = $out
}
