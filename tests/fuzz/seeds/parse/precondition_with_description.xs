function precondition_with_description {
  input {
    decimal amount
  }

  stack {
    precondition ($input.amount >= 0) {
      error_type = "standard"
      error = "negative amount"
      disabled = false
      description = "Reject refunds booked as charges"
    }
  }

  response = null
}
