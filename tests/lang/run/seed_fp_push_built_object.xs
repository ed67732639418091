// judgement: see docs/language-decisions.md#seed-patterns
function "seed_fp_push_built_object" {
  input {
  }

  stack {
    var $errors {
      value = []
    }
    var.update $errors {
      value = $errors
        |push:({}
          |set:"step":"step_name"
          |set:"error":"Error message"
        )
    }
  }

  response = $errors
}
