// The table behind the db.get endpoint; run.sh seeds it with ROWS rows.
table item {
  auth = false

  schema {
    int id
    timestamp created_at?=now
    text name
    int quantity
    decimal price
  }

  index = [
    {
      type: "primary"
      field: [
        {name: "id"}
      ]
    }
  ]
}
