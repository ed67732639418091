function db_transaction {
  input {
    int job_id
  }

  stack {
    db.transaction {
      description = "Mark the job and its steps atomically"
      stack {
        db.edit job {
          field_name = "id"
          field_value = $input.job_id
          data = {status: "Complete"}
        }

        db.add job_log {
          data = {job_id: $input.job_id, message: "completed"}
        }
      }
    }
  }

  response = null
}
