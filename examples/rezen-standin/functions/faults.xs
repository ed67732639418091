// Which agents the stand-in answers badly, so the demo and the tests see
// every kind of failure the orchestrator must handle:
// - team_roster_500: GET /agents/{id}/team answers HTTP 500
// - malformed_revshare: GET /agents/{id}/revshare sends a body that is not JSON
// - bad_cap: GET /agents/{id} sends cap.amount as a text ("n/a"), which the
//   agents table refuses (an exception in the Agent Data upsert)
function "Standin/Faults" {
  description = "The agents the stand-in answers with an error or a bad payload"
  input {
  }

  stack {
  }

  response = {
    team_roster_500   : ["RZ-0005", "RZ-0017"]
    malformed_revshare: ["RZ-0023"]
    bad_cap           : ["RZ-0029"]
  }
}
