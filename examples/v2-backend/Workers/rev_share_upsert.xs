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

  test "every tier row is added or updated" {
    input = {
      user_id: 1
      rows   : [
        {key: "RZ-T001:1", agent_id: "RZ-T001", tier: 1, agents_in_tier: 3, amount: 120.5, currency: "USD"}
        {key: "RZ-T001:2", agent_id: "RZ-T001", tier: 2, agents_in_tier: 1, amount: 40, currency: "USD"}
      ]
    }

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data.upserted) {
      value = 2
    }
  }

  test "a text where the table has a decimal raises" {
    input = {
      user_id: 1
      rows   : [{key: "RZ-T001:1", agent_id: "RZ-T001", tier: 1, amount: "n/a", currency: "USD"}]
    }

    expect.to_throw {
      exception = "column 'amount' of table 'revshare' (decimal): text is not a number"
    }
  }
}
