// expect: 7:5 'throw' is missing the name attribute
function broken {
  input {
  }

  stack {
    throw {
      value = "something failed"
    }
  }

  response = null
}
