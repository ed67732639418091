function ternary {
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
