// docs: Xano XanoScript statement reference, try_catch
function "stmt_try_catch_finally_after_success" {
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
      finally {
        var.update $log {
          value = $log|push:"finally"
        }
      }
    }
  }

  response = $log
}
