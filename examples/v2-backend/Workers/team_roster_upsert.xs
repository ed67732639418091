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
}
