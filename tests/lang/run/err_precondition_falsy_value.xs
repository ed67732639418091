// judgement: see docs/language-decisions.md#truthiness
function "err_precondition_falsy_value" {
  input {
  }

  stack {
    precondition ("") {
      error = "empty text is falsy"
    }
  }

  response = null
}
