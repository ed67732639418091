function filter_after_comparison_operator {
  input {
    int total
    int margin
  }

  stack {
    var $out {
      value = ($input.total|abs) >= 10|add:$input.margin
    }
  }

  response = $out
}
