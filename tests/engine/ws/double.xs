function "Workers/Double" {
  input {
    int n
    decimal nap?
  }

  stack {
    util.sleep {
      value = $input.nap ?? 0
    }
  }

  response = {success: true, data: $input.n * 2, error: null}
}
