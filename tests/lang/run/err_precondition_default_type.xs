// judgement: see docs/language-decisions.md#precondition-codes
function "err_precondition_default_type" {
  input {
  }

  stack {
    precondition (false) {
      error = "Condition failed"
    }
  }

  response = null
}
