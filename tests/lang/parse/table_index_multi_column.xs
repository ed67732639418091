table step_record {
  auth = false

  schema {
    int id
    int run_id
    int ordinal
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {
      type : "btree"
      field: [
        {name: "run_id", op: "asc"}
        {name: "ordinal", op: "asc"}
      ]
    }
  ]
}
