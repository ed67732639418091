// Succeeds after a nested lookup (a step at depth 2).
function "Workers/Agent Data" {
  input {
    text team
  }

  stack {
    util.sleep {
      value = 0.04
    }

    function.run "Workers/Lookup" {
      input = {team: $input.team}
    } as $found

    precondition ($found.success) {
      error = "lookup failed"
    }
  }

  response = {success: true, data: {team: $input.team, agents: $found.data}, error: null}
}
