function input_filter_dbo_link {
  input {
    int job_id? filters=@:dbo=12
  }

  stack {

  }

  response = $input
}
