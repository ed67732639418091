// expect: 10:27 expected an expression, found '=='
function broken {
  input {
    int a
    int b
  }

  stack {
    var $x {
      value = $input.a == == $input.b
    }
  }

  response = null
}
