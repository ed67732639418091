function ternary.xs {
  input {
    bool success
  }

  stack {
    var $out {
      value = $input.success ? "Complete" : "Partial"
    }
  }

  response = $out
}
