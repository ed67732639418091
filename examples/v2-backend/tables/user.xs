// The people xsflow onboards. agent_id is the user's own agent at reZEN;
// a user without one cannot be onboarded (Pattern 5).
table user {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text name
    email email?
    text agent_id? {
      description = "The user's agent id at reZEN"
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
  ]
}
