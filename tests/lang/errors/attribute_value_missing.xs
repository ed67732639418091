// expect: 9:5 expected an expression after 'value =', found '}'
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
