table note {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text body
  }

  index = [{type: "primary", field: [{name: "id"}]}]
}
