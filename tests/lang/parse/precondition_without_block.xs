function precondition_without_block {
  input {
    int? user_id
  }

  stack {
    precondition ($input.user_id != null)
  }

  response = null
}
