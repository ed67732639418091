function db_truncate.xs {
  input {
  }

  stack {
    db.truncate job_log {
      reset = true
    }
  }

  response = null
}
