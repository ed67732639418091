// judgement: see docs/language-decisions.md#seed-patterns
function "seed_push_brace_filter_form" {
  input {
  }

  stack {
    var $errors {
      value = []
    }
    var $r {
      value = {success: false, error: null}
    }
    var.update $errors {
      value = $errors|push:({
        |set:"step":"step_n"
        |set:"error":($r.error ?? "Unknown error")
      })
    }
  }

  response = $errors
}
