// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_precondition_message" {
  input {
  }

  stack {
    try_catch {
      try {
        precondition (false) {
          error = "precondition said no"
        }
      }
      catch {
        var $m {
          value = $error.message
        }
      }
    }
  }

  response = $m
}
