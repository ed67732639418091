// judgement: see docs/language-decisions.md#seed-patterns
function "err_seed_precondition_no_agent" {
  input {
    int user_id
  }

  stack {
    function.run "Users/Get" {
      input = {user_id: $input.user_id}
    } as $user
    precondition ($user != null && $user.id != null) {
      error = "User not found with id: " ~ $input.user_id
    }
    precondition ($user.agent_id != null) {
      error = "User has no agent_id set"
    }
  }

  response = $user
}
