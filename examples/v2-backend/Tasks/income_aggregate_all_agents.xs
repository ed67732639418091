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

      mock = {
        "a page with more to come": {
          items     : [{id: 1, agent_id: "RZ-0001"}, {id: 2, agent_id: "RZ-0002"}]
          curPage   : 1
          nextPage  : 2
          prevPage  : null
          itemsTotal: 5
        }
        "the last page, with failed agents": {
          items     : [{id: 5, agent_id: "RZ-0005"}]
          curPage   : 3
          nextPage  : null
          prevPage  : 2
          itemsTotal: 5
        }
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
          mock = {
            "a page with more to come": {success: true, data: {agent_id: "RZ-0001", lines: 2, total: 100.25}, error: null}
            "the last page, with failed agents": {success: false, data: {agent_id: "RZ-0005", income_id: 9}, error: "income line 9 of agent RZ-0005 has an invalid amount: null"}
          }
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

  test "a page with more to come" {
    input = {page: 1, per_page: 2}

    expect.to_be_true ($response.success)
    expect.to_be_true ($response.has_more)
    expect.to_equal ($response.processed) {
      value = 2
    }

    expect.to_equal ($response.failed) {
      value = 0
    }

    expect.to_equal ($response.page) {
      value = 1
    }

    expect.to_equal ($response.items_total) {
      value = 5
    }

    expect.to_equal ($response.total_income) {
      value = 200.5
    }

    expect.to_be_empty ($response.errors)
  }

  test "the last page, with failed agents" {
    input = {page: 3, per_page: 2}

    expect.to_be_false ($response.success)
    expect.to_be_false ($response.has_more)
    expect.to_equal ($response.failed) {
      value = 1
    }

    expect.to_equal ($response.errors.0) {
      value = {agent_id: "RZ-0005", error: "income line 9 of agent RZ-0005 has an invalid amount: null"}
    }

    expect.to_equal ($response.total_income) {
      value = 0
    }
  }

  test "a page size out of range is refused" {
    input = {page: 1, per_page: 5000}

    expect.to_throw {
      exception = "ERROR_CODE_INPUT_ERROR"
    }
  }
}
