// Pattern 2, the traverse: one batch (one page) of agents, the income
// worker for each, successes and failures collected apart. has_more says
// whether another page follows; Tasks/Income - Aggregate Every Batch walks
// them all. It keeps the name it has in the seed.
function "Workers/Income - Aggregate All Agents" {
  description = "Aggregate the paid income of one page of agents"
  input {
    int page?=1
    int per_page?=100
  }

  stack {
    precondition ($input.page >= 1 && $input.per_page >= 1 && $input.per_page <= 1000) {
      error_type = "inputerror"
      error = "page must be at least 1 and per_page between 1 and 1000"
    }

    // Query with pagination
    db.query agents {
      sort = {id: "asc"}
      return = {
        type  : "list"
        paging: {page: $input.page, per_page: $input.per_page, totals: true}
      }
    } as $agents

    var $items {
      value = $agents.items
    }

    // FP Pattern: Separate collectors
    var $successes {
      value = []
    }

    var $failures {
      value = []
    }

    foreach ($items) {
      each as $item {
        function.run "Workers/Income - Agent Total" {
          input = {agent_id: $item.agent_id}
        } as $result

        conditional {
          if ($result.success ?? true) {
            var.update $successes {
              value = $successes|push:{agent_id: $item.agent_id, data: $result.data}
            }
          }

          else {
            var.update $failures {
              value = $failures|push:{agent_id: $item.agent_id, error: $result.error ?? "Unknown"}
            }
          }
        }
      }
    }
  }

  response = {
    success     : ($failures|count) == 0
    processed   : $successes|count
    failed      : $failures|count
    has_more    : $agents.nextPage != null
    page        : $agents.curPage
    items_total : $agents.itemsTotal
    total_income: ($successes|map:$$.data.total|sum)|round:2
    successes   : $successes
    errors      : $failures
  }
}
