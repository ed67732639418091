// A user's revenue share network at reZEN, one row per tier (RevShare
// step). key is agent_id ~ ":" ~ tier, the upsert's match field.
table revshare {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text key
    int user_id {
      table = "user"
    }

    text agent_id
    int tier
    int agents_in_tier?
    decimal amount?
    text currency?
    timestamp synced_at?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "key", op: "asc"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
