function util_post_process {
  input {
  }

  stack {
    util.post_process {
      stack {
        debug.log {
          value = "response already sent"
        }
      }
    }
  }

  response = null
}
