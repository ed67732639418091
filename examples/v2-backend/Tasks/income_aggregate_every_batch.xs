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
}
