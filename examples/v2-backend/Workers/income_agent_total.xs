// Worker: the paid income of one agent. An income line without an amount,
// or with a negative one, makes the agent's total unknowable: a failed
// Result naming the line.
function "Workers/Income - Agent Total" {
  description = "Sum the paid income lines of one agent"
  input {
    text agent_id
  }

  stack {
    db.query income {
      where = $db.income.agent_id == $input.agent_id && $db.income.status == "paid"
      sort = {id: "asc"}
      return = {type: "list"}
      mock = {
        "paid lines are summed": [
          {id: 1, agent_id: "RZ-0001", amount: 1000.25, status: "paid"}
          {id: 2, agent_id: "RZ-0001", amount: 99.5, status: "paid"}
          {id: 3, agent_id: "RZ-0001", amount: 0.255, status: "paid"}
        ]
        "an agent without lines totals zero": []
        "a line without an amount fails the agent": [
          {id: 7, agent_id: "RZ-0111", amount: 10, status: "paid"}
          {id: 8, agent_id: "RZ-0111", amount: null, status: "paid"}
        ]
        "a negative amount fails the agent": [{id: 9, agent_id: "RZ-0222", amount: -5, status: "paid"}]
      }
    } as $lines

    var $bad {
      value = $lines|find:($$.amount == null || $$.amount < 0)
    }

    conditional {
      if ($bad != null) {
        var $result {
          value = {
            success: false
            data   : {agent_id: $input.agent_id, income_id: $bad.id}
            error  : "income line " ~ $bad.id ~ " of agent " ~ $input.agent_id ~ " has an invalid amount: " ~ ($bad.amount|json_encode)
          }
        }
      }

      else {
        var $result {
          value = {
            success: true
            data   : {
              agent_id: $input.agent_id
              lines   : $lines|count
              total   : ($lines|map:$$.amount|sum)|round:2
            }
            error  : null
          }
        }
      }
    }
  }

  response = $result

  test "paid lines are summed" {
    input = {agent_id: "RZ-0001"}

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data) {
      value = {agent_id: "RZ-0001", lines: 3, total: 1100.01}
    }
  }

  test "an agent without lines totals zero" {
    input = {agent_id: "RZ-0404"}

    expect.to_be_true ($response.success)
    expect.to_equal ($response.data.total) {
      value = 0
    }
  }

  test "a line without an amount fails the agent" {
    input = {agent_id: "RZ-0111"}

    expect.to_be_false ($response.success)
    expect.to_equal ($response.data.income_id) {
      value = 8
    }

    expect.to_equal ($response.error) {
      value = "income line 8 of agent RZ-0111 has an invalid amount: null"
    }
  }

  test "a negative amount fails the agent" {
    input = {agent_id: "RZ-0222"}

    expect.to_be_false ($response.success)
    expect.to_end_with ($response.error) {
      value = "has an invalid amount: -5"
    }
  }
}
