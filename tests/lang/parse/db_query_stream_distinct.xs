function db_query_stream_distinct {
  input {
  }

  stack {
    db.query agent {
      return = {
        type    : "stream"
        distinct: "yes"
        paging  : {page: 1, per_page: 100}
      }
    } as $agent_stream
  }

  response = null
}
