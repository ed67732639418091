// Walks every page of agents through the traverse, one function.run per
// batch: each batch is a step of the run, so a walk killed halfway resumes
// at the batch it was in (completed batches are replayed from their
// records, not run again). Returns a Result with the totals of all batches.
function "Tasks/Income - Aggregate Every Batch" {
  description = "Aggregate the paid income of every agent, batch by batch"
  input {
    int per_page?=100
  }

  stack {
    precondition ($input.per_page >= 1 && $input.per_page <= 1000) {
      error_type = "inputerror"
      error = "per_page must be between 1 and 1000"
    }

    var $page {
      value = 1
    }

    var $has_more {
      value = true
    }

    var $batches {
      value = []
    }

    var $errors {
      value = []
    }

    var $processed {
      value = 0
    }

    var $failed {
      value = 0
    }

    var $total_income {
      value = 0
    }

    while ($has_more) {
      each {
        function.run "Workers/Income - Aggregate All Agents" {
          input = {page: $page, per_page: $input.per_page}
          mock = {
            "one batch, every agent aggregated": {
              success     : true
              processed   : 3
              failed      : 0
              has_more    : false
              page        : 1
              items_total : 3
              total_income: 300.5
              successes   : []
              errors      : []
            }
            "one batch, two agents failed": {
              success     : false
              processed   : 1
              failed      : 2
              has_more    : false
              page        : 1
              items_total : 3
              total_income: 10
              successes   : []
              errors      : [{agent_id: "RZ-0111", error: "no amount"}, {agent_id: "RZ-0222", error: "negative amount"}]
            }
          }
        } as $batch

        var.update $batches {
          value = $batches|push:{
            page        : $page
            processed   : $batch.processed
            failed      : $batch.failed
            has_more    : $batch.has_more
            total_income: $batch.total_income
          }
        }

        var.update $errors {
          value = $errors|merge:$batch.errors
        }

        math.add $processed {
          value = $batch.processed
        }

        math.add $failed {
          value = $batch.failed
        }

        math.add $total_income {
          value = $batch.total_income
        }

        var.update $has_more {
          value = $batch.has_more
        }

        math.add $page {
          value = 1
        }
      }
    }
  }

  response = {
    success: $failed == 0
    data   : {
      batches     : $batches
      agents      : $processed + $failed
      processed   : $processed
      failed      : $failed
      total_income: $total_income|round:2
    }
    error  : $failed == 0 ? null : $failed ~ " agents could not be aggregated"
    meta   : {function_name: "Income - Aggregate Every Batch", timestamp: now, errors: $errors}
  }

  test "one batch, every agent aggregated" {
    input = {per_page: 100}

    expect.to_be_true ($response.success)
    expect.to_be_null ($response.error)
    expect.to_equal ($response.data.batches) {
      value = [{page: 1, processed: 3, failed: 0, has_more: false, total_income: 300.5}]
    }

    expect.to_equal ($response.data.agents) {
      value = 3
    }

    expect.to_equal ($response.data.total_income) {
      value = 300.5
    }

    expect.to_equal ($response.meta.function_name) {
      value = "Income - Aggregate Every Batch"
    }
  }

  test "one batch, two agents failed" {
    input = {per_page: 100}

    expect.to_be_false ($response.success)
    expect.to_equal ($response.error) {
      value = "2 agents could not be aggregated"
    }

    expect.to_equal ($response.data.failed) {
      value = 2
    }

    expect.to_equal ($response.meta.errors.1.agent_id) {
      value = "RZ-0222"
    }
  }

  test "a page size out of range is refused" {
    input = {per_page: 0}

    expect.to_throw {
      exception = "per_page must be between 1 and 1000"
    }
  }
}
