function throw_name_value {
  input {
  }

  stack {
    throw {
      name = "ValidationError"
      value = "user_id is required"
    }
  }

  response = null
}
