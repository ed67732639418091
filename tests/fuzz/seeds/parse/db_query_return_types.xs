function db_query_return_types {
  input {
  }

  stack {
    db.query job {
      return = {type: "count"}
    } as $job_count

    db.query job {
      where = $db.job.status == "Error"
      return = {type: "exists"}
    } as $any_errors

    db.query job {
      sort = {"job.id": "desc"}
      return = {type: "single"}
    } as $latest

    db.query job {
      return = {type: "list"}
    } as $all_jobs
  }

  response = $job_count
}
