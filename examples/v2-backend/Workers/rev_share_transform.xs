// Worker: turn reZEN's revenue share tiers into revshare rows, one per
// tier, keyed by agent and tier. A body that did not decode (truncated
// JSON arrives as text) is a failed Result.
function "Workers/RevShare - Transform" {
  description = "Map reZEN revenue share tiers to revshare rows"
  input {
    json payload?
  }

  stack {
    var $p {
      value = $input.payload
    }

    conditional {
      if (($p|is_object) == false || ($p.tiers|is_array) == false) {
        var $result {
          value = {success: false, data: null, error: "malformed revenue share payload: expected an object with a tiers list"}
        }
      }

      else {
        var $rows {
          value = []
        }

        foreach ($p.tiers) {
          each as $t {
            var.update $rows {
              value = $rows|push:{
                key           : $p.agentId ~ ":" ~ $t.tier
                agent_id      : $p.agentId
                tier          : $t.tier
                agents_in_tier: $t.agentsInTier
                amount        : $t.amount.amount
                currency      : $t.amount.currency
              }
            }
          }
        }

        var $result {
          value = {success: true, data: {rows: $rows}, error: null}
        }
      }
    }
  }

  response = $result

  test "one row per tier, keyed by agent and tier" {
    input = {
      payload: {
        agentId: "a-1"
        tiers  : [
          {tier: 1, agentsInTier: 3, amount: {amount: 120.5, currency: "USD"}}
          {tier: 2, agentsInTier: 1, amount: {amount: 40, currency: "USD"}}
        ]
      }
    }

    expect.to_be_true ($response.success)
    expect.to_not_be_defined ($response.data.rows.2)

    expect.to_equal ($response.data.rows.0.key) {
      value = "a-1:1"
    }

    expect.to_equal ($response.data.rows.1.amount) {
      value = 40
    }
  }

  test "a body that did not decode is a failed result" {
    input = {payload: "{\"agentId\": \"a-1\", \"tiers\": ["}

    expect.to_be_false ($response.success)
    expect.to_start_with ($response.error) {
      value = "malformed revenue share payload"
    }
  }

  test "tiers that are not a list are a failed result" {
    input = {payload: {agentId: "a-1", tiers: "none"}}

    expect.to_be_false ($response.success)
    expect.to_be_null ($response.data)
  }
}
