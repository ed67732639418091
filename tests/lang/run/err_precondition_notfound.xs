// judgement: see docs/language-decisions.md#precondition-codes
function "err_precondition_notfound" {
  input {
  }

  stack {
    var $user {
      value = null
    }
    precondition ($user != null) {
      error_type = "notfound"
      error = "User not found"
    }
  }

  response = null
}
