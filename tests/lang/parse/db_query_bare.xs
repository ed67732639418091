function db_query_bare {
  input {
  }

  stack {
    db.query agent as $agents
  }

  response = $agents
}
