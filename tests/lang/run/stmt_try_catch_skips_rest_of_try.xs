// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_skips_rest_of_try" {
  input {
  }

  stack {
    var $log {
      value = []
    }
    try_catch {
      try {
        var.update $log {
          value = $log|push:"before"
        }
        throw {
          name = "E"
          value = "boom"
        }
        var.update $log {
          value = $log|push:"after"
        }
      }
      catch {
        var.update $log {
          value = $log|push:"catch"
        }
      }
    }
    var.update $log {
      value = $log|push:"continued"
    }
  }

  response = $log
}
