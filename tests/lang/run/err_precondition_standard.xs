// docs: Xano XanoScript statement reference, precondition
function "err_precondition_standard" {
  input {
  }

  stack {
    var $user_age {
      value = 16
    }
    precondition ($user_age >= 18) {
      error_type = "standard"
      error = "User must be 18 or older"
    }
  }

  response = null
}
