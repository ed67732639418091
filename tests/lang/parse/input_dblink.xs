query jobs/{job_id}/retry verb=POST {
  input {
    int job_id filters=min:1
    dblink {
      table = "job"
    }
  }

  stack {
  }

  response = null
}
