// Reports failure with a Result: the orchestrator goes on, the run is Partial.
function "Workers/Team Roster" {
  input {
    text team
  }

  stack {
    util.sleep {
      value = 0.03
    }
  }

  response = {success: false, data: null, error: "roster down"}
}
