function array_literal_multiline {
  input {
  }

  stack {
    var $out {
      value = [
        "agent_data"
        "team_roster"
        "revshare"
      ]
    }
  }

  response = $out
}
