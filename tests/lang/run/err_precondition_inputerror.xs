// judgement: see docs/language-decisions.md#precondition-codes
function "err_precondition_inputerror" {
  input {
  }

  stack {
    precondition (-5 > 0) {
      error_type = "inputerror"
      error = "Amount must be positive"
    }
  }

  response = null
}
