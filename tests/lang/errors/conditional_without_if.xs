// expect: 7:5 'conditional' is missing the if statement
function broken {
  input {
  }

  stack {
    conditional {
      description = "nothing to decide"
    }
  }

  response = null
}
