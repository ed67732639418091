function "Workers/Agent Data" {
  input {
    int n
    decimal nap?
  }

  stack {
    util.sleep {
      value = $input.nap ?? 0
    }

    db.add effects {
      data = {run: $input.n, step: "agent_data"}
    } as $row
  }

  response = {success: true, data: {n: $input.n}, error: null}
}
