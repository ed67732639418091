function db_external_postgres_direct_query {
  input {
    text region
  }

  stack {
    db.external.postgres.direct_query {
      code = "SELECT id, name FROM agents WHERE region = ?"
      response_type = "list"
      connection_string = "postgres://reader:secret@db.example.com:5432/reporting?sslmode=require"
      arg = $input.region
    } as $rows
  }

  response = $rows
}
