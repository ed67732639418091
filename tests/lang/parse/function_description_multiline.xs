function describe_me {
  description = """
    Loads an agent's team roster and stores it.
    Returns the usual result object with success, data and error.
    """
  input {
    int agent_id {
      description = "Agent whose roster is loaded"
    }
  }

  stack {
  }

  response = null
}
