// The seed's traverse pattern over N in-memory items (default 1,000,000):
// one function.run per item, successes and failures collected in lists.
function "Traverse" {
  input {
    int n?=1000000
  }
  stack {
    var $items {
      value = []
    }
    for ($input.n) {
      each as $i {
        var.update $items {
          value = $items|push:{id: $i}
        }
      }
    }
    var $successes {
      value = []
    }
    var $failures {
      value = []
    }
    foreach ($items) {
      each as $item {
        function.run "Worker" {
          input = {item_id: $item.id}
        } as $result
        conditional {
          if ($result.success ?? true) {
            var.update $successes {
              value = $successes|push:{item_id: $item.id, data: $result}
            }
          }
          else {
            var.update $failures {
              value = $failures|push:{item_id: $item.id, error: $result.error ?? "Unknown"}
            }
          }
        }
      }
    }
  }
  response = {success: ($failures|count) == 0, processed: $successes|count, failed: $failures|count}
}
