// Agents as reZEN knows them: the user's own agent record is refreshed by
// the Agent Data step; the others arrive by earlier syncs (the seed data).
table agents {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text agent_id
    int user_id? {
      table = "user"
    }

    text first_name?
    text last_name?
    email email?
    text status?
    text team_id?
    decimal cap_amount?
    timestamp synced_at?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "agent_id", op: "asc"}]}
  ]
}
