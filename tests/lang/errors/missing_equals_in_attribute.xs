// expect: 8:13 expected '=' after 'value', found '1'
function broken {
  input {
  }

  stack {
    var $x {
      value 1
    }
  }

  response = null
}
