// judgement: see docs/language-decisions.md#seed-patterns
function "seed_traverse_successes_failures_has_more" {
  input {
  }

  stack {
    var $batch_limit {
      value = 3
    }
    var $items {
      value = [{id: 1}, {id: 2}, {id: 3}]
    }
    var $successes {
      value = []
    }
    var $failures {
      value = []
    }
    foreach ($items) {
      each as $item {
        function.run "Workers/Process Item" {
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

  response = {
    success: ($failures|count) == 0,
    processed: $successes|count,
    failed: $failures|count,
    has_more: ($items|count) == $batch_limit,
    successes: $successes,
    errors: $failures
  }
}
