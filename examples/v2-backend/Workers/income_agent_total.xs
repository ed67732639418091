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
}
