// expect: 7:5 'throw' is missing the value attribute
function broken {
  input {
  }

  stack {
    throw {
      name = "Failure"
    }
  }

  response = null
}
