function precondition_basic.xs {
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
