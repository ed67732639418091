function ternary_chained {
  input {
    int errors
    int steps
  }

  stack {
    var $out {
      value = $input.errors == 0 ? "Complete" : $input.errors < $input.steps ? "Partial" : "Error"
    }
  }

  response = $out
}
