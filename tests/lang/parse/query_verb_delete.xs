query jobs/{job_id} verb=DELETE {
  input {
    int job_id
  }

  stack {
    db.del job {
      field_name = "id"
      field_value = $input.job_id
    }
  }

  response = null
}
