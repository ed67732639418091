function literal_bool_null {
  input {
  }

  stack {
    var $out {
      value = [true, false, null]
    }
  }

  response = $out
}
