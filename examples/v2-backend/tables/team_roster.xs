// The members of a user's team at reZEN, one row per member (Team Roster
// step). key is team_id ~ ":" ~ member agent id, the upsert's match field.
table team_roster {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text key
    int user_id {
      table = "user"
    }

    text team_id
    text team_name?
    text member_agent_id
    text member_name?
    text role?
    timestamp synced_at?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "key", op: "asc"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
  ]
}
