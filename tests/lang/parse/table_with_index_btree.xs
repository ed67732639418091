table job {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    int user_id
    text status?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "user_id", op: "asc"}]}
    {type: "btree", field: [{name: "created_at", op: "desc"}]}
  ]
}
