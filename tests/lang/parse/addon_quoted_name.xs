addon "job/latest_step" {
  input {
  }

  stack {
  }
}
