function db_query_bare.xs {
  input {
  }

  stack {
    db.query agent as $agents
  }

  response = $agents
}
