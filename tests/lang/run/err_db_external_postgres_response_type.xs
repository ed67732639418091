// judgement: see docs/language-decisions.md#db-external
function "err_db_external_postgres_response_type" {
  stack {
    db.external.postgres.direct_query {
      code = "SELECT 1"
      response_type = "rows"
      connection_string = "postgres://u@127.0.0.1:9/db"
    } as $x
  }
  response = $x
}
