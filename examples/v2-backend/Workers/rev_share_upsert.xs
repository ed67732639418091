// Worker: write the user's revshare rows (matched by key).
function "Workers/RevShare - Upsert" {
  description = "Add or update the user's revenue share tiers"
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
        db.add_or_edit revshare {
          field_name = "key"
          field_value = $row.key
          data = {
            key           : $row.key
            user_id       : $input.user_id
            agent_id      : $row.agent_id
            tier          : $row.tier
            agents_in_tier: $row.agents_in_tier
            amount        : $row.amount
            currency      : $row.currency
            synced_at     : now
          }
        } as $tier

        math.add $count {
          value = 1
        }
      }
    }
  }

  response = {success: true, data: {upserted: $count}, error: null}
}
