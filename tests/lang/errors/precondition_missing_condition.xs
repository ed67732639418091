// expect: 7:18 expected '(' after 'precondition', found '{'
function broken {
  input {
  }

  stack {
    precondition {
      error = "always fails"
    }
  }

  response = null
}
