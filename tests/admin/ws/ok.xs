function "Workers/Ok" {
  input {
    int n?
  }

  stack {
  }

  response = {success: true, data: {n: $input.n}, error: null}
}
