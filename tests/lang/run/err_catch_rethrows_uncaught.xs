// judgement: see docs/language-decisions.md#error-fields
function "err_catch_rethrows_uncaught" {
  input {
  }

  stack {
    try_catch {
      try {
        throw {
          name = "First"
          value = "one"
        }
      }
      catch {
        throw {
          name = "Second"
          value = "two after " ~ $error.message
        }
      }
    }
  }

  response = null
}
