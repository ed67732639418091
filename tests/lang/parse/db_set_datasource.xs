function db_set_datasource.xs {
  input {
  }

  stack {
    db.set_datasource {
      value = "test"
    }
  }

  response = null
}
