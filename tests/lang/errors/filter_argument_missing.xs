// expect: 9:29 expected a filter argument after ':', found ')'
function broken {
  input {
    int n
  }

  stack {
    var $x {
      value = ($input.n|add:)
    }
  }

  response = null
}
