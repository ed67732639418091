// Steps recorded for one job.
addon job_steps {
  input {
    int job_id?
  }

  stack {
    db.query step_record {
      where = $db.step_record.run_id == $input.job_id
      return = {type: "list"}
    }
  }
}
