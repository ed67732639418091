function precondition_error_type {
  input {
    text token
    int? job_id
    int limit
  }

  stack {
    precondition ($input.token != "") {
      error_type = "accessdenied"
      error = "missing token"
    }

    precondition ($input.job_id != null) {
      error_type = "notfound"
      error = "no such job"
    }

    precondition ($input.limit <= 1000) {
      error_type = "inputerror"
      error = "limit too large"
    }
  }

  response = null
}
