function db_patch {
  input {
    int job_id
  }

  stack {
    db.patch job_table {
      field_name = "id"
      field_value = $input.job_id
      data = {ended: now}
    } as $job
  }

  response = $job
}
