// docs: Xano XanoScript statement reference, try_catch
function "stmt_try_catch_no_error_skips_catch" {
  input {
  }

  stack {
    var $log {
      value = []
    }
    try_catch {
      try {
        var.update $log {
          value = $log|push:"try"
        }
      }
      catch {
        var.update $log {
          value = $log|push:"catch"
        }
      }
    }
  }

  response = $log
}
