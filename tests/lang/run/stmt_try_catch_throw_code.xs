// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_throw_code" {
  input {
  }

  stack {
    try_catch {
      try {
        throw {
          name = "ValidationError"
          value = "x"
        }
      }
      catch {
        var $caught {
          value = $error.code
        }
      }
    }
  }

  response = $caught
}
