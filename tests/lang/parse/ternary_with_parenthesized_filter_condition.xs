function ternary_with_parenthesized_filter_condition {
  input {
    json errors
  }

  stack {
    var $out {
      value = ($input.errors|count) > 0 ? "Partial" : "Complete"
    }
  }

  response = $out
}
