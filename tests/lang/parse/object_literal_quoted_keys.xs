function object_literal_quoted_keys {
  input {
  }

  stack {
    var $out {
      value = {
        "user id": 7,
        "step-name": "agent_data"
      }
    }
  }

  response = $out
}
