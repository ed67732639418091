// expect: 9:24 expected an operator or '}', found '12'
function broken {
  input {
    int n
  }

  stack {
    var $x {
      value = $input.n 12
    }
  }

  response = null
}
