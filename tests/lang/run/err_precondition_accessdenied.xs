// judgement: see docs/language-decisions.md#precondition-codes
function "err_precondition_accessdenied" {
  input {
  }

  stack {
    precondition (1 == 2) {
      error_type = "accessdenied"
      error = "Not authorized"
    }
  }

  response = null
}
