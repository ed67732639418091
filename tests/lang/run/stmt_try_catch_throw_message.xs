// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_throw_message" {
  input {
  }

  stack {
    try_catch {
      try {
        throw {
          name = "ValidationError"
          value = "Custom error message"
        }
      }
      catch {
        var $caught {
          value = $error.message
        }
      }
    }
  }

  response = $caught
}
