// judgement: see docs/language-decisions.md#return
function "stmt_return_bypasses_response" {
  input {
  }

  stack {
    return {
      value = "early"
    }
  }

  response = "late"
}
