// judgement: see docs/language-decisions.md#seed-patterns
function "seed_traverse_last_page" {
  input {
  }

  stack {
    var $batch_limit {
      value = 5
    }
    var $items {
      value = [{id: 2}, {id: 4}]
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
              value = $successes|push:$item.id
            }
          }
          else {
            var.update $failures {
              value = $failures|push:$item.id
            }
          }
        }
      }
    }
  }

  response = {success: ($failures|count) == 0, processed: $successes|count, has_more: ($items|count) == $batch_limit}
}
