function "Workers/Income - Aggregate Batch" {
  input {
    int batch_page?=1
    int batch_size?=100
  }

  stack {
    db.query agents {
      return = {type: "list", paging: {page: $input.batch_page, per_page: $input.batch_size}}
    } as $page

    var $successes {
      value = []
    }

    var $failures {
      value = []
    }

    foreach ($page.items) {
      each as $agent {
        function.run "Workers/Income - One Agent" {
          input = {agent_id: $agent.id}
        } as $r

        conditional {
          if ($r.success ?? true) {
            var.update $successes {
              value = $successes|push:{agent_id: $agent.id, data: $r.data}
            }
          }

          else {
            var.update $failures {
              value = $failures|push:{agent_id: $agent.id, error: $r.error ?? "Unknown"}
            }
          }
        }
      }
    }
  }

  response = {
    success  : ($failures|count) == 0
    processed: $successes|count
    failed   : $failures|count
    has_more : $page.nextPage != null
    errors   : $failures
  }
}
