// judgement: see docs/language-decisions.md#precondition-codes
function "stmt_try_catch_precondition_code_notfound" {
  input {
  }

  stack {
    try_catch {
      try {
        precondition (false) {
          error_type = "notfound"
          error = "no"
        }
      }
      catch {
        var $c {
          value = $error.code
        }
      }
    }
  }

  response = $c
}
