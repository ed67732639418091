function concat_tilde {
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
