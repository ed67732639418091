// expect: 7:11 expected '{' after the variable before the end of the line
function broken {
  input {
  }

  stack {
    var $x
      value = 1
    }
  }


  response = null
}
