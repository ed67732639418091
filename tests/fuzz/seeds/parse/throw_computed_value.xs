function throw_computed_value {
  input {
    text step
    int attempts
  }

  stack {
    throw {
      name = "StepFailed"
      value = "step " ~ $input.step ~ " failed after " ~ ($input.attempts|to_text) ~ " attempts"
    }
  }

  response = null
}
