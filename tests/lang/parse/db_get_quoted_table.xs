function db_get_quoted_table {
  input {
    int user_id
  }

  stack {
    db.get "job record" {
      field_name = "user_id"
      field_value = $input.user_id
      description = "Table names may contain spaces"
    } as $job
  }

  response = $job
}
