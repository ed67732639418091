// expect: 9:5 expected ']', found '}'
function broken {
  input {
  }

  stack {
    var $x {
      value = [1, 2
    }
  }

  response = null
}
