// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_nested_rethrow" {
  input {
  }

  stack {
    try_catch {
      try {
        try_catch {
          try {
            throw {
              name = "Inner"
              value = "inner failed"
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
          value = $error.name ~ "|" ~ $error.message
        }
      }
    }
  }

  response = $caught
}
