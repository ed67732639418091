function await_ids {
  input {
  }

  stack {
    group {
      stack {
        function.run "Workers/Slow Step" {
          input = {n: 1}
        } as $handle
      }
    }

    await {
      ids = []|push:$handle
      timeout = 30
    } as $finished
  }

  response = $finished
}
