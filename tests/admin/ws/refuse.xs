function "Workers/Refuse" {
  input {
  }

  stack {
  }

  response = {success: false, data: null, error: "refused"}
}
