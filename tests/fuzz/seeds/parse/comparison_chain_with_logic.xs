function comparison_chain_with_logic {
  input {
    json user
  }

  stack {
    var $out {
      value = $input.user != null && $input.user.id != null && $input.user.agent_id != null
    }
  }

  response = $out
}
