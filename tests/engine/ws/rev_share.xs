function "Workers/Rev Share" {
  input {
    int n
    text api_key?
  }

  stack {
    db.add effects {
      data = {run: $input.n, step: "rev_share"}
    } as $row
  }

  response = {success: true, data: {share: $input.n * 10}, error: null}
}
