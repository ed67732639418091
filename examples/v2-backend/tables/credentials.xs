// API keys users have connected. The orchestrator looks for an active
// REZEN key with a value (Pattern 5).
table credentials {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    int user_id {
      table = "user"
    }

    text platform
    text api_key? {
      sensitive = true
    }

    bool active?=true
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
