// expect: 8:15 expected a variable name after '$'
function broken {
  input {
  }

  stack {
    var $x {
      value = $ + 1
    }
  }

  response = null
}
