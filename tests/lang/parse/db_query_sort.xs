function db_query_sort {
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
