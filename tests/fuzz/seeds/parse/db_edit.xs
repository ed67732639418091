function db_edit {
  input {
    int user_id
  }

  stack {
    db.edit job_table {
      field_name = "user_id"
      field_value = $input.user_id
      data = {status: "Processing", lastupdated: now}
    } as $job
  }

  response = $job
}
