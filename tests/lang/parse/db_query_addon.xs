function db_query_addon {
  input {
  }

  stack {
    db.query job {
      return = {type: "list"}
      addon = {
        _steps: {
          name : "job_steps"
          input: {job_id: $output.id}
        }
      }
    } as $jobs
  }

  response = $jobs
}
