function filter_range.xs {
  input {
  }

  stack {
    var $out {
      value = 0|range:1:10
    }
  }

  response = $out
}
