function precondition_basic {
  input {
    int user_id
  }

  stack {
    precondition ($input.user_id > 0) {
      error = "user_id must be positive"
    }
  }

  response = null
}
