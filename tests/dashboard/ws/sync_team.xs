// The seed's orchestrator in small: two workers in sequence; the second
// reports failure with a Result, so the orchestrator goes on, collects the
// error and the run ends Partial.
function "Tasks/Sync Team" {
  input {
    text team?="core"
  }

  stack {
    var $errors {
      value = []
    }

    function.run "Workers/Agent Data" {
      input = {team: $input.team}
    } as $agents

    conditional {
      if ($agents.success == false) {
        var.update $errors {
          value = $errors|push:{step: "agent_data", error: $agents.error ?? "Unknown error"}
        }
      }
    }

    function.run "Workers/Team Roster" {
      input = {team: $input.team}
    } as $roster

    conditional {
      if ($roster.success == false) {
        var.update $errors {
          value = $errors|push:{step: "team_roster", error: $roster.error ?? "Unknown error"}
        }
      }
    }
  }

  response = {
    success: ($errors|count) == 0
    data   : {agents: $agents.data}
    error  : ($errors|count) == 0 ? null : "some steps failed"
    meta   : {errors: $errors}
  }
}
