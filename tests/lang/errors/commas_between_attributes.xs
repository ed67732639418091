// expect: 8:17 expected a new line between attributes, found ','
function broken {
  input {
  }

  stack {
    throw {
      name = "E", value = "m"
    }
  }

  response = null
}
