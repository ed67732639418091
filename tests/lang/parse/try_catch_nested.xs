function try_catch_nested {
  input {
  }

  stack {
    try_catch {
      try {
        try_catch {
          try {
            throw {
              name = "Inner"
              value = "inner failure"
            }
          }

          catch {
            throw {
              name = "Outer"
              value = "wrapped: " ~ $error.message
            }
          }
        }
      }

      catch {
        var $caught {
          value = $error.name
        }
      }
    }
  }

  response = null
}
