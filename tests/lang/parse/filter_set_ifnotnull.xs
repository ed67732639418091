function filter_set_ifnotnull {
  input {
    int job_id
    text? error
  }

  stack {
    var $out {
      value = {job: $input.job_id}|set_ifnotnull:"error":$input.error
    }
  }

  response = $out
}
