function db_direct_query {
  input {
  }

  stack {
    db.direct_query {
      sql = """
        SELECT status, count(*) AS n
        FROM job
        GROUP BY status
        """
      response_type = "list"
    } as $by_status
  }

  response = $by_status
}
