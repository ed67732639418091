function db_query_where_query_filter {
  input {
    int year
  }

  stack {
    db.query agent {
      where = ($db.agent.joined_at|timestamp_year) == $input.year && ($db.agent.age|between:18:65)
    } as $agents
  }

  response = $agents
}
