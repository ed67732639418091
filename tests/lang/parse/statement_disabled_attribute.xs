function statement_disabled_attribute {
  input {
  }

  stack {
    debug.log {
      value = "not logged"
      disabled = true
      description = "Switched off while investigating"
    }
  }

  response = null
}
