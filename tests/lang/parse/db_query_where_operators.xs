function db_query_where_operators {
  input {
    json regions
    json excluded
    json tags
    json blocked
  }

  stack {
    db.query agent {
      where = $db.agent.tags contains "mentor" || $db.agent.region in $input.regions || $db.agent.region not in $input.excluded || $db.agent.tags overlaps $input.tags || $db.agent.tags not overlaps $input.blocked || $db.agent.name not contains "test"
    } as $agents
  }

  response = $agents
}
