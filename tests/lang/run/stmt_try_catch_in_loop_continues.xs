// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_in_loop_continues" {
  input {
  }

  stack {
    var $ok {
      value = []
    }
    var $failed {
      value = []
    }
    foreach ([1, 0, 2]) {
      each as $d {
        try_catch {
          try {
            var $q {
              value = 10 / $d
            }
            var.update $ok {
              value = $ok|push:$q
            }
          }
          catch {
            var.update $failed {
              value = $failed|push:$d
            }
          }
        }
      }
    }
  }

  response = {ok: $ok, failed: $failed}
}
