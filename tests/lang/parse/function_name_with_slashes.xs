function Workers/fetch_agent_data {
  input {
    int user_id
  }

  stack {
  }

  response = {success: true, data: null, error: null}
}
