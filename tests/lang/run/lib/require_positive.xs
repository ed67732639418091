// helper: precondition with an input error type
function "require_positive" {
  input {
    int n
  }

  stack {
    precondition ($input.n > 0) {
      error_type = "inputerror"
      error = "n must be positive"
    }
  }

  response = $input.n
}
