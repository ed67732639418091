function try_catch_finally {
  input {
  }

  stack {
    try_catch {
      try {
        api.request {
          url = "https://api.example.com/agents"
          method = "GET"
        } as $agents
      }

      catch {
        debug.log {
          value = "agent fetch failed: " ~ $error.message
        }
      }

      finally {
        debug.log {
          value = "agent fetch finished"
        }
      }
    }
  }

  response = null
}
