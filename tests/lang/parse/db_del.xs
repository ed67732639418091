function db_del {
  input {
    int job_id
  }

  stack {
    db.del job_table {
      field_name = "id"
      field_value = $input.job_id
    }
  }

  response = null
}
