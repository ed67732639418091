function filter_conversions {
  input {
  }

  stack {
    var $out {
      value = [("12"|to_int), ("1.5"|to_decimal), (1|to_bool), (3|to_text)]
    }
  }

  response = $out
}
