// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_response_without_stack_vars" {
  input {
  }

  stack {

  }

  response = "constant"
}
