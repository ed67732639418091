function array_literal_multiline.xs {
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
