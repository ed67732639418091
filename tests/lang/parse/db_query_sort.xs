function db_query_sort.xs {
  input {
  }

  stack {
    db.query agent {
      sort = {
        "agent.last_name" : "asc"
        "agent.first_name": "asc"
        "agent.id"        : "rand"
      }
    } as $agents
  }

  response = $agents
}
