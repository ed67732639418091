// Pattern 1, the sequential orchestrator (continue-on-failure), with the
// seed's preconditions (Pattern 5), job record (Pattern 3), try_catch with
// Slack and user notification (Pattern 4) and Result composition
// (Pattern 6). It keeps the name it has in the seed.
//
// 1. Validate: the user exists, has an agent_id and an active REZEN
//    credential with an API key; otherwise it stops with the seed's
//    precondition message before anything is written.
// 2. Create or update the user's job_table row, notify the user.
// 3. Steps Agent Data, Team Roster and RevShare, each fetch, transform and
//    upsert by three workers. A failed step is recorded and the next one
//    runs; {step}_started, {step}_ended and {step} are written around it.
// 4. Status Complete (no error) or Partial (some step failed), or Error
//    when an exception reached the catch; a completion notification; the
//    Result {success, data, error, meta: {function_name, timestamp, errors}}.
function "Workers/reZEN - Onboarding Orchestrator" {
  description = "Onboard one user from reZEN: agent data, team roster, revenue share"
  input {
    int user_id
  }

  stack {
    // ---- 1. validation (Pattern 5) ----
    db.get user {
      field_name = "id"
      field_value = $input.user_id
    } as $user

    precondition ($user != null && $user.id != null) {
      error = "User not found with id: " ~ $input.user_id
    }

    precondition ($user.agent_id != null) {
      error = "User has no agent_id set"
    }

    db.query credentials {
      where = $db.credentials.user_id == $input.user_id && $db.credentials.platform == "REZEN" && $db.credentials.active
      return = {type: "single"}
    } as $creds

    precondition ($creds != null && ($creds.api_key ?? "") != "") {
      error = "No valid API key found for user"
    }

    // ---- 2. job record and start notification ----
    var $user_id {
      value = $input.user_id
    }

    var $agent_id {
      value = $user.agent_id
    }

    var $api_key {
      value = $creds.api_key
    }

    var $slack_url {
      value = $env.SLACK_WEBHOOK_URL
    }

    var $success {
      value = true
    }

    var $message {
      value = null
    }

    var $steps_completed {
      value = []
    }

    var $errors {
      value = []
    }

    var $failed_steps {
      value = []
    }

    db.add_or_edit job_table {
      field_name = "user_id"
      field_value = $user_id
      data = {
        user_id            : $user_id
        status             : "Started"
        started            : now
        ended              : null
        lastupdated        : now
        agent_data         : null
        agent_data_started : null
        agent_data_ended   : null
        team_roster        : null
        team_roster_started: null
        team_roster_ended  : null
        rev_share          : null
        rev_share_started  : null
        rev_share_ended    : null
        steps_completed    : []
        failed_steps       : []
        errors             : []
        error              : null
      }
    } as $job

    db.add notification_items {
      data = {
        user_id: $user_id
        code   : "STARTED"
        message: "Your reZEN onboarding has started"
      }
    }

    try_catch {
      try {
        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {status: "Processing", lastupdated: now}
        }

        // ---- STEP 1: Agent Data ----
        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {agent_data_started: now, lastupdated: now}
        }

        function.run "Workers/Agent Data - Fetch" {
          input = {agent_id: $agent_id, api_key: $api_key}
          mock = {
            "Complete: every step succeeds": {success: true, data: {id: "RZ-0001"}, error: null}
            "Partial: the team roster fetch answers HTTP 500": {success: true, data: {id: "RZ-0001"}, error: null}
            "Error: the agent upsert raises": {success: true, data: {id: "RZ-0001"}, error: null}
          }
        } as $agent_data_result

        conditional {
          if ($agent_data_result.success) {
            function.run "Workers/Agent Data - Transform" {
              input = {payload: $agent_data_result.data}
              mock = {
                "Complete: every step succeeds": {success: true, data: {agent_id: "RZ-0001"}, error: null}
                "Partial: the team roster fetch answers HTTP 500": {success: true, data: {agent_id: "RZ-0001"}, error: null}
                "Error: the agent upsert raises": {success: true, data: {agent_id: "RZ-0001", cap_amount: "n/a"}, error: null}
              }
            } as $agent_data_result
          }
        }

        conditional {
          if ($agent_data_result.success) {
            function.run "Workers/Agent Data - Upsert" {
              input = {user_id: $user_id, agent: $agent_data_result.data}
              mock = {
                "Complete: every step succeeds": {success: true, data: {id: 1, agent_id: "RZ-0001"}, error: null}
                "Partial: the team roster fetch answers HTTP 500": {success: true, data: {id: 1, agent_id: "RZ-0001"}, error: null}
              }
            } as $agent_data_result
          }
        }

        conditional {
          if ($agent_data_result.success == false) {
            var.update $errors {
              value = $errors|push:({}
                |set:"step":"agent_data"
                |set:"error":($agent_data_result.error ?? "Unknown error")
              )
            }

            var.update $failed_steps {
              value = $failed_steps|push:"agent_data"
            }
          }

          else {
            var.update $steps_completed {
              value = $steps_completed|push:"agent_data"
            }
          }
        }

        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {
            agent_data      : $agent_data_result.success
            agent_data_ended: now
            lastupdated     : now
          }
        }

        // ---- STEP 2: Team Roster ----
        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {team_roster_started: now, lastupdated: now}
        }

        function.run "Workers/Team Roster - Fetch" {
          input = {agent_id: $agent_id, api_key: $api_key}
          mock = {
            "Complete: every step succeeds": {success: true, data: {team: null, members: []}, error: null}
            "Partial: the team roster fetch answers HTTP 500": {success: false, data: {status: 500}, error: "reZEN team roster answered HTTP 500: boom"}
          }
        } as $team_roster_result

        conditional {
          if ($team_roster_result.success) {
            function.run "Workers/Team Roster - Transform" {
              input = {payload: $team_roster_result.data}
              mock = {
                "Complete: every step succeeds": {success: true, data: {rows: []}, error: null}
              }
            } as $team_roster_result
          }
        }

        conditional {
          if ($team_roster_result.success) {
            function.run "Workers/Team Roster - Upsert" {
              input = {user_id: $user_id, rows: $team_roster_result.data.rows}
              mock = {
                "Complete: every step succeeds": {success: true, data: {upserted: 0}, error: null}
              }
            } as $team_roster_result
          }
        }

        conditional {
          if ($team_roster_result.success == false) {
            var.update $errors {
              value = $errors|push:({}
                |set:"step":"team_roster"
                |set:"error":($team_roster_result.error ?? "Unknown error")
              )
            }

            var.update $failed_steps {
              value = $failed_steps|push:"team_roster"
            }
          }

          else {
            var.update $steps_completed {
              value = $steps_completed|push:"team_roster"
            }
          }
        }

        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {
            team_roster      : $team_roster_result.success
            team_roster_ended: now
            lastupdated      : now
          }
        }

        // ---- STEP 3: RevShare ----
        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {rev_share_started: now, lastupdated: now}
        }

        function.run "Workers/RevShare - Fetch" {
          input = {agent_id: $agent_id, api_key: $api_key}
          mock = {
            "Complete: every step succeeds": {success: true, data: {agentId: "RZ-0001", tiers: []}, error: null}
            "Partial: the team roster fetch answers HTTP 500": {success: true, data: {agentId: "RZ-0001", tiers: []}, error: null}
          }
        } as $rev_share_result

        conditional {
          if ($rev_share_result.success) {
            function.run "Workers/RevShare - Transform" {
              input = {payload: $rev_share_result.data}
              mock = {
                "Complete: every step succeeds": {success: true, data: {rows: []}, error: null}
                "Partial: the team roster fetch answers HTTP 500": {success: true, data: {rows: []}, error: null}
              }
            } as $rev_share_result
          }
        }

        conditional {
          if ($rev_share_result.success) {
            function.run "Workers/RevShare - Upsert" {
              input = {user_id: $user_id, rows: $rev_share_result.data.rows}
              mock = {
                "Complete: every step succeeds": {success: true, data: {upserted: 0}, error: null}
                "Partial: the team roster fetch answers HTTP 500": {success: true, data: {upserted: 0}, error: null}
              }
            } as $rev_share_result
          }
        }

        conditional {
          if ($rev_share_result.success == false) {
            var.update $errors {
              value = $errors|push:({}
                |set:"step":"rev_share"
                |set:"error":($rev_share_result.error ?? "Unknown error")
              )
            }

            var.update $failed_steps {
              value = $failed_steps|push:"rev_share"
            }
          }

          else {
            var.update $steps_completed {
              value = $steps_completed|push:"rev_share"
            }
          }
        }

        db.edit job_table {
          field_name = "user_id"
          field_value = $user_id
          data = {
            rev_share      : $rev_share_result.success
            rev_share_ended: now
            lastupdated    : now
          }
        }
      }

      // ---- Pattern 4: an exception ends the orchestration in Error ----
      catch {
        var.update $success {
          value = false
        }

        var.update $message {
          value = "Failed: " ~ $error.message
        }

        var.update $errors {
          value = $errors|push:({}
            |set:"step":"exception"
            |set:"error":$error.message
            |set:"code":$error.code
          )
        }

        function.run "Archive/slack_webhook_json_pretty_print" {
          input = {
            url : $slack_url
            json: {}
              |set:"module":"reZEN - Onboarding Orchestrator"
              |set:"user_id":$user_id
              |set:"error":$error.message
          }
          mock = {"Error: the agent upsert raises": {success: true, data: null, error: null}}
        }

        db.add notification_items {
          data = {
            user_id: $user_id
            code   : "ERROR"
            message: "An error occurred"
          }
        }
      }
    }

    // ---- 3. completion ----
    var $status {
      value = $success ? (($errors|count) == 0 ? "Complete" : "Partial") : "Error"
    }

    db.edit job_table {
      field_name = "user_id"
      field_value = $user_id
      data = {
        status         : $status
        ended          : now
        lastupdated    : now
        steps_completed: $steps_completed
        failed_steps   : $failed_steps
        errors         : $errors
        error          : $message
      }
    }

    conditional {
      if ($success) {
        db.add notification_items {
          data = {
            user_id: $user_id
            code   : $status|to_upper
            message: "Your reZEN onboarding is " ~ ($status|to_lower) ~ ": " ~ ($steps_completed|count) ~ " of 3 steps done"
          }
        }
      }
    }

    // Pattern 6: the Result, composed with |set
    var $result {
      value = {}
        |set:"success":$success
        |set:"data":({}
          |set:"user_id":$user_id
          |set:"steps_completed":$steps_completed
          |set:"error_count":($errors|count)
        )
        |set:"error":($success ? null : $message)
        |set:"meta":({}
          |set:"function_name":"reZEN - Onboarding Orchestrator"
          |set:"errors":$errors
          |set:"timestamp":now
        )
    }
  }

  response = $result

  // The workers are mocked: these tests need the seed's users and
  // credentials in the database and write user 1's job record.
  test "Complete: every step succeeds" {
    input = {user_id: 1}

    expect.to_be_true ($response.success)
    expect.to_be_null ($response.error)
    expect.to_equal ($response.data) {
      value = {user_id: 1, steps_completed: ["agent_data", "team_roster", "rev_share"], error_count: 0}
    }

    expect.to_equal ($response.meta.function_name) {
      value = "reZEN - Onboarding Orchestrator"
    }

    expect.to_be_empty ($response.meta.errors)
    expect.to_not_be_null ($response.meta.timestamp)
  }

  test "Partial: the team roster fetch answers HTTP 500" {
    input = {user_id: 1}

    expect.to_be_true ($response.success)
    expect.to_be_null ($response.error)
    expect.to_equal ($response.data) {
      value = {user_id: 1, steps_completed: ["agent_data", "rev_share"], error_count: 1}
    }

    expect.to_equal ($response.meta.errors) {
      value = [{step: "team_roster", error: "reZEN team roster answered HTTP 500: boom"}]
    }
  }

  test "Error: the agent upsert raises" {
    input = {user_id: 1}

    expect.to_be_false ($response.success)
    expect.to_start_with ($response.error) {
      value = "Failed: db.add_or_edit: column 'cap_amount' of table 'agents'"
    }

    expect.to_be_empty ($response.data.steps_completed)
    expect.to_equal ($response.meta.errors.0.step) {
      value = "exception"
    }

    expect.to_equal ($response.meta.errors.0.code) {
      value = "ERROR_CODE_INPUT_ERROR"
    }
  }

  test "refused: no such user" {
    input = {user_id: 999999}

    expect.to_throw {
      exception = "User not found with id: 999999"
    }
  }

  test "refused: a user without agent_id" {
    input = {user_id: 12}

    expect.to_throw {
      exception = "User has no agent_id set"
    }
  }

  test "refused: no active REZEN credential" {
    input = {user_id: 7}

    expect.to_throw {
      exception = "No valid API key found for user"
    }
  }
}
