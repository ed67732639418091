// Worker: write the user's team_roster rows (matched by key).
function "Workers/Team Roster - Upsert" {
  description = "Add or update the members of the user's team"
  input {
    int user_id
    json rows
  }

  stack {
    var $count {
      value = 0
    }

    foreach ($input.rows) {
      each as $row {
        db.add_or_edit team_roster {
          field_name = "key"
          field_value = $row.key
          data = {
            key            : $row.key
            user_id        : $input.user_id
            team_id        : $row.team_id
            team_name      : $row.team_name
            member_agent_id: $row.member_agent_id
            member_name    : $row.member_name
            role           : $row.role
            synced_at      : now
          }
        } as $member

        math.add $count {
          value = 1
        }
      }
    }
  }

  response = {success: true, data: {upserted: $count}, error: null}

  test "every member row is added or updated" {
    input = {
      user_id: 1
      rows   : [
        {key: "T-T1:RZ-T001", team_id: "T-T1", team_name: "North", member_agent_id: "RZ-T001", member_name: "Ada", role: "LEADER"}
        {key: "T-T1:RZ-T002", team_id: "T-T1", team_name: "North", member_agent_id: "RZ-T002", member_name: "Grace", role: "MEMBER"}
      ]
    }

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data.upserted) {
      value = 2
    }
  }

  test "no rows, nothing written" {
    input = {user_id: 1, rows: []}

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data.upserted) {
      value = 0
    }
  }

  test "a user id that is not a number is refused" {
    input = {user_id: "one", rows: []}

    expect.to_throw {
      exception = "ERROR_CODE_INPUT_ERROR"
    }
  }
}
