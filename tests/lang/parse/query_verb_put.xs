query "jobs/{job_id}" verb=PUT {
  input {
    int job_id
    text status
  }

  stack {
    db.edit job {
      field_name = "id"
      field_value = $input.job_id
      data = {status: $input.status}
    } as $job
  }

  response = $job
}
