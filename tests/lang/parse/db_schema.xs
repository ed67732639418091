function db_schema.xs {
  input {
  }

  stack {
    db.schema job_table {
      path = ""
    } as $schema
  }

  response = $schema
}
