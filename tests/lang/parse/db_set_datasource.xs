function db_set_datasource {
  input {
  }

  stack {
    db.set_datasource {
      value = "test"
    }
  }

  response = null
}
