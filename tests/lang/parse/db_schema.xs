function db_schema {
  input {
  }

  stack {
    db.schema job_table {
      path = ""
    } as $schema
  }

  response = $schema
}
