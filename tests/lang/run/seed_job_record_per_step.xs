// judgement: see docs/language-decisions.md#seed-patterns
function "seed_job_record_per_step" {
  input {
  }

  stack {
    var $job {
      value = {status: "Started", started: 1766916000000}
    }
    var.update $job {
      value = $job|set:"status":"Processing"|set:"agent_data_started":1766916001000
    }
    function.run "Workers/Step OK" {
      input = {user_id: 1}
    } as $agent_data_result
    var.update $job {
      value = $job|set:"agent_data":$agent_data_result.success|set:"agent_data_ended":1766916045000
    }
    function.run "Workers/Step Fail" {
      input = {user_id: 1}
    } as $team_roster_result
    var.update $job {
      value = $job|set:"team_roster":$team_roster_result.success
    }
    var.update $job {
      value = $job|set:"status":(($job.agent_data && $job.team_roster) ? "Complete" : "Partial")|set:"ended":1766916323000
    }
  }

  response = $job
}
