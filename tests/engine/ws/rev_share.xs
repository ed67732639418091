function "Workers/Rev Share" {
  input {
    int n
    decimal nap?
    text api_key?
  }

  stack {
    util.sleep {
      value = $input.nap ?? 0
    }

    db.add effects {
      data = {run: $input.n, step: "rev_share"}
    } as $row
  }

  response = {success: true, data: {share: $input.n * 10}, error: null}
}
