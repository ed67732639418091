function debug_log {
  input {
  }

  stack {
    debug.log {
      value = {step: "agent_data", at: now}
    }
  }

  response = null
}
