// expect: 8:26 expected an expression, found '}'
function broken {
  input {
  }

  stack {
    var $x {
      value = {customer: }
    }
  }

  response = null
}
