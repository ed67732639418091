table event_log {
  auth = false

  schema {
    int id
    json payload?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "gin", field: [{name: "payload", op: "jsonb_path_op"}]}
  ]
}
