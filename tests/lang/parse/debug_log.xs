function debug_log.xs {
  input {
  }

  stack {
    debug.log {
      value = {step: "agent_data", at: now}
    }
  }

  response = null
}
