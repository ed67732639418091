// judgement: see docs/language-decisions.md#db-external
function "err_db_set_datasource_unknown" {
  stack {
    db.set_datasource {
      value = "test"
    }
  }
  response = null
}
