function precondition_without_block.xs {
  input {
    int? user_id
  }

  stack {
    precondition ($input.user_id != null)
  }

  response = null
}
