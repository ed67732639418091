// helper: always throws a named error
function "throws_validation" {
  input {
  }

  stack {
    throw {
      name = "ValidationError"
      value = "bad input"
    }
  }

  response = null
}
