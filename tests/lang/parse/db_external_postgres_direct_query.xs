function db_external_postgres_direct_query {
  input {
    text region
  }

  stack {
    db.external.postgres.direct_query {
      code = "SELECT id, name FROM agents WHERE region = ?"
      response_type = "list"
      connection_string = $env.reporting_db_url
      arg = $input.region
    } as $rows
  }

  response = $rows
}
