// docs: Xano XanoScript statement reference, group
function "stmt_group_runs_in_order" {
  input {
  }

  stack {
    var $log {
      value = []
    }
    group {
      description = "first batch"
      stack {
        var.update $log {
          value = $log|push:"a"
        }
        var $inner {
          value = "b"
        }
      }
    }
    var.update $log {
      value = $log|push:$inner
    }
  }

  response = $log
}
