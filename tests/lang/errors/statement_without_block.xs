// expect: 8:7 expected '{' after 'var $x', found 'value'
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
