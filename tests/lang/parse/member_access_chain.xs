function member_access_chain {
  input {
    json job
  }

  stack {
    var $out {
      value = $input.job.steps[0].result.data
    }
  }

  response = $out
}
