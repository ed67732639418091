function concat_tilde.xs {
  input {
    text reason
    text step
  }

  stack {
    var $out {
      value = "Worker failed: " ~ $input.reason ~ " (step " ~ $input.step ~ ")"
    }
  }

  response = $out
}
