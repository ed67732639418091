// expect: 3:22 exception_policy must be one of "silent", "rethrow", "critical"
middleware m {
  exception_policy = "ignore"

  input {
  }

  stack {
  }

  response = null
}
