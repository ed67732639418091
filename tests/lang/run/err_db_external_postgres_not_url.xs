// judgement: see docs/language-decisions.md#db-external
function "err_db_external_postgres_not_url" {
  stack {
    db.external.postgres.direct_query {
      code = "SELECT 1"
      response_type = "list"
      connection_string = "/tmp/some.db"
    } as $x
  }
  response = $x
}
