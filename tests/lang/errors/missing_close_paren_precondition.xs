// expect: 8:32 expected ')', found '{'
function broken {
  input {
    int n
  }

  stack {
    precondition ($input.n > 0 {
      error = "n must be positive"
    }
  }

  response = null
}
