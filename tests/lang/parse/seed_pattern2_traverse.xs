function "Seed/Pattern 2 - Traverse" {
  input {
    int batch_limit?=100
    int batch_offset?=0
  }

  stack {
    var $batch_limit {
      value = $input.batch_limit
    }

    var $batch_offset {
      value = $input.batch_offset
    }

// Query with pagination
db.query items {
  return = {type: "list"}
  limit = $batch_limit
  offset = $batch_offset
} as $items

// FP Pattern: Separate collectors
var $successes { value = [] }
var $failures { value = [] }

foreach ($items) {
  each as $item {
    function.run "Worker" {
      input = {item_id: $item.id}
    } as $result

    conditional {
      if ($result.success ?? true) {
        var.update $successes {
          value = $successes|push:{
            item_id: $item.id,
            data: $result
          }
        }
      }
      else {
        var.update $failures {
          value = $failures|push:{
            item_id: $item.id,
            error: $result.error ?? "Unknown"
          }
        }
      }
    }
  }
}

  }

response = {
  success   : $failures|count == 0
  processed : $successes|count
  failed    : $failures|count
  has_more  : $items|count == $batch_limit
  successes : $successes
  errors    : $failures
}
}
