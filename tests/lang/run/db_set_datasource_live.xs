// judgement: see docs/language-decisions.md#db-external
function "db_set_datasource_live" {
  stack {
    db.set_datasource {
      value = "live"
    }
  }
  response = "live"
}
