middleware audit_trail {
  exception_policy = "silent"
  response_strategy = "replace"

  input {
  }

  stack {
    debug.log {
      value = "audit"
    }
  }

  response = null
}
