// judgement: see docs/language-decisions.md#scoping
function "stmt_try_catch_vars_from_try_kept" {
  input {
  }

  stack {
    try_catch {
      try {
        var $partial {
          value = "set before the error"
        }
        throw {
          name = "E"
          value = "boom"
        }
      }
      catch {
        var $handled {
          value = true
        }
      }
    }
  }

  response = {partial: $partial, handled: $handled}
}
