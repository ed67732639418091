query jobs verb=POST {
  input {
    text name filters=trim
    int priority?=5
    json payload?
  }

  stack {
    db.add job {
      data = {
        name    : $input.name
        priority: $input.priority
        payload : $input.payload
        status  : "Queued"
      }
    } as $job
  }

  response = $job
}
