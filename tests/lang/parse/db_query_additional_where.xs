function db_query_additional_where {
  input {
    int user_id
    text extra_filter?
  }

  stack {
    db.query job {
      where = $db.job.user_id == $input.user_id
      additional_where = $input.extra_filter
    } as $jobs
  }

  response = $jobs
}
