function db_truncate {
  input {
  }

  stack {
    db.truncate job_log {
      reset = true
    }
  }

  response = null
}
