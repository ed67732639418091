// expect: 8:19 expected an expression, found '*'
function broken {
  input {
  }

  stack {
    var $x {
      value = 1 + * 2
    }
  }

  response = null
}
