// Calls the native worker once per item and sorts its Results into
// successes and failures.
function "Orchestrate" {
  input {
    int n?=5
  }
  stack {
    var $successes {
      value = []
    }
    var $failures {
      value = []
    }
    for ($input.n) {
      each as $i {
        function.run "Workers/fast_thing" {
          input = {id: $i, label: "item " ~ $i}
        } as $result
        conditional {
          if ($result.success) {
            var.update $successes {
              value = $successes|push:$result.data
            }
          }
          else {
            var.update $failures {
              value = $failures|push:{id: $i, error: $result.error}
            }
          }
        }
      }
    }
  }
  response = {successes: $successes, failures: $failures}
}
