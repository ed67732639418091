// Income lines per agent (commissions, revenue share, bonuses). The
// income aggregation sums the paid lines of every agent (Pattern 2).
table income {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text agent_id
    text period
    text source?
    decimal amount?
    enum status?=paid {
      values = ["paid", "pending"]
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "agent_id", op: "asc"}]}
  ]
}
