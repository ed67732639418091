// judgement: see docs/language-decisions.md#precondition-codes
function "stmt_try_catch_precondition_code_inputerror" {
  input {
  }

  stack {
    try_catch {
      try {
        precondition (false) {
          error_type = "inputerror"
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
