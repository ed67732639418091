// judgement: see docs/language-decisions.md#return
function "stmt_return_null" {
  input {
  }

  stack {
    return {
      value = null
    }
  }

  response = "late"
}
