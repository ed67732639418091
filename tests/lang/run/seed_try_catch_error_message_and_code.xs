// judgement: see docs/language-decisions.md#seed-patterns
function "seed_try_catch_error_message_and_code" {
  input {
  }

  stack {
    var $success {
      value = true
    }
    var $message {
      value = ""
    }
    var $errors {
      value = []
    }
    try_catch {
      try {
        function.run "Workers/Step Fail" {
          input = {user_id: 1}
        } as $result
        precondition ($result.success) {
          error = "Worker failed: " ~ $result.error
        }
      }
      catch {
        var.update $success {
          value = false
        }
        var.update $message {
          value = "Failed: " ~ $error.message
        }
        var.update $errors {
          value = $errors|push:({}|set:"step":"exception"|set:"error":$error.message|set:"code":$error.code)
        }
      }
    }
  }

  response = {success: $success, message: $message, errors: $errors}
}
