// docs: Xano XanoScript statement reference, throw
function "err_throw_uncaught" {
  input {
  }

  stack {
    throw {
      name = "ValidationError"
      value = "Invalid user input provided"
    }
  }

  response = null
}
