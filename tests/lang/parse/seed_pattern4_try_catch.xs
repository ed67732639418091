function "Seed/Pattern 4 - Error Handling" {
  input {
    int user_id
  }

  stack {
    var $user_id {
      value = $input.user_id
    }

    var $slack_url {
      value = $env.slack_url
    }

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
    // Main logic
    function.run "Worker" {...} as $result

    precondition ($result.success) {
      error = "Worker failed: " ~ $result.error
    }
  }

  catch {
    var.update $success { value = false }
    var.update $message { value = "Failed: " ~ $error.message }

    // Track error with context
    var.update $errors {
      value = $errors|push:({
        |set:"step":"exception"
        |set:"error":$error.message
        |set:"code":$error.code
      })
    }

    // Slack notification
    function.run "Archive/slack_webhook_json_pretty_print" {
      input = {
        url: $slack_url,
        json: {
          |set:"module":"Function Name"
          |set:"user_id":$user_id
          |set:"error":$error.message
        }
      }
    }

    // User notification
    db.add notification_items {
      data = {
        user_id: $user_id,
        code: "ERROR",
        message: "An error occurred"
      }
    }
  }
}
  }

  response = {success: $success, data: null, error: $message, meta: {errors: $errors}}
}
