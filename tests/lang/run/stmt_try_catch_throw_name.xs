// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_throw_name" {
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
          value = $error.name
        }
      }
    }
  }

  response = $caught
}
