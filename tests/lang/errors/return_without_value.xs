// expect: 7:5 'return' is missing the value attribute
function broken {
  input {
  }

  stack {
    return {
      description = "returns nothing"
    }
  }

  response = null
}
