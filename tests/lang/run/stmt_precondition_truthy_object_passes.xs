// judgement: see docs/language-decisions.md#truthiness
function "stmt_precondition_truthy_object_passes" {
  input {
  }

  stack {
    var $user {
      value = {id: 1}
    }
    precondition ($user) {
      error = "never raised"
    }
  }

  response = $user.id
}
