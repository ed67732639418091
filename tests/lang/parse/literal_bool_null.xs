function literal_bool_null.xs {
  input {
  }

  stack {
    var $out {
      value = [true, false, null]
    }
  }

  response = $out
}
