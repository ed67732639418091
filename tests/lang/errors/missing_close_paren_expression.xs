// expect: 10:5 expected ')', found '}'
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
