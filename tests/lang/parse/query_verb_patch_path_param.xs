query jobs/{job_id} verb=PATCH {
  input {
    int job_id filters=min:1
    text note?
  }

  stack {
    db.patch job {
      field_name = "id"
      field_value = $input.job_id
      data = {note: $input.note}
    } as $job
  }

  response = $job
}
