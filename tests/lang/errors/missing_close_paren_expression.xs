// expect: 9:28 expected ')' to close the '(' opened at 9:15 before the end of the line
function broken {
  input {
    int n
  }

  stack {
    var $x {
      value = ($input.n + 1
    }
  }

  response = null
}
