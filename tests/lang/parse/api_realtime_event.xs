function api_realtime_event {
  input {
    int job_id
    int user_id
  }

  stack {
    api.realtime_event {
      channel = "jobs"
      data = {job_id: $input.job_id, status: "Complete"}
      auth_table = "user"
      auth_id = $input.user_id
    }
  }

  response = null
}
