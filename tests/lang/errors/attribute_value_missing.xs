// expect: 8:14 expected an expression before the end of the line
function broken {
  input {
  }

  stack {
    var $x {
      value =
    }
  }

  response = null
}
