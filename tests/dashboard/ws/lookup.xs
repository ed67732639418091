function "Workers/Lookup" {
  input {
    text team
  }

  stack {
    util.sleep {
      value = 0.02
    }
  }

  response = {success: true, data: 3, error: null}
}
