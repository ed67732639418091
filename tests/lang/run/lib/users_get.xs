// stand-in for db.get user: 7 is missing, 5 has no agent, others are complete
function "Users/Get" {
  input {
    int user_id
  }

  stack {
    var $user {
      value = {id: $input.user_id, agent_id: 100 + $input.user_id}
    }
    conditional {
      if ($input.user_id == 7) {
        var.update $user {
          value = null
        }
      }
      elseif ($input.user_id == 5) {
        var.update $user {
          value = {id: 5, agent_id: null}
        }
      }
    }
  }

  response = $user
}
