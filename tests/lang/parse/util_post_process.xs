function util_post_process.xs {
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
