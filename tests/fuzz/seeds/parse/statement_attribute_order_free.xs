function statement_attribute_order_free {
  input {
    int job_id
  }

  stack {
    db.edit job {
      data = {status: "Started"}
      field_value = $input.job_id
      description = "attributes may come in any order"
      field_name = "id"
    } as $job
  }

  response = $job
}
