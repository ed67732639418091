function "Tasks/Guarded Orchestrator" {
  input {
    int user_id
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
        function.run "Worker" {
          input = {user_id: $input.user_id}
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

        function.run "Archive/slack_webhook_json_pretty_print" {
          input = {
            url: $env.slack_url,
            json: {}|set:"module":"Guarded Orchestrator"|set:"user_id":$input.user_id|set:"error":$error.message
          }
        }

        db.add notification_items {
          data = {user_id: $input.user_id, code: "ERROR", message: "An error occurred"}
        }
      }
    }
  }

  response = {success: $success, data: null, error: $success ? null : $message, meta: {errors: $errors}}
}
