function db_add_without_result_var {
  input {
  }

  stack {
    db.add job_log {
      data = {message: "started", at: now}
    }
  }

  response = null
}
