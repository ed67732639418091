function filter_range {
  input {
  }

  stack {
    var $out {
      value = 0|range:1:10
    }
  }

  response = $out
}
