// Orchestrator: greets every name in turn, keeps going when a step
// fails, collects the errors and returns an aggregate Result.
function "Tasks/Hello Orchestrator" {
  description = "Greet each name with the worker and collect the errors"
  input {
    text[] names
  }

  stack {
    var $greetings {
      value = []
    }

    var $errors {
      value = []
    }

    foreach ($input.names) {
      each as $name {
        function.run "Workers/Greet" {
          input = {name: $name}
        } as $step

        conditional {
          if ($step.success) {
            var.update $greetings {
              value = $greetings|push:$step.data.greeting
            }
          }

          else {
            var.update $errors {
              value = $errors|push:{name: $name, error: $step.error ?? "Unknown error"}
            }
          }
        }
      }
    }

    var $status {
      value = ($errors|count) == 0 ? "Complete" : "Partial"
    }
  }

  response = {
    success: ($errors|count) == 0
    data   : {status: $status, greetings: $greetings}
    error  : ($errors|count) == 0 ? null : "some names could not be greeted"
    meta   : {function_name: "Hello Orchestrator", errors: $errors}
  }
}
