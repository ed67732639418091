function db_query_where_optional_compare {
  input {
    text status?
    int user_id?
  }

  stack {
    db.query job {
      where = $db.job.status ==? $input.status && $db.job.user_id ==? $input.user_id
    } as $jobs
  }

  response = $jobs
}
