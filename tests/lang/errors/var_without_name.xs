// expect: 7:9 expected a variable after 'var', found '{'
function broken {
  input {
  }

  stack {
    var {
      value = 1
    }
  }

  response = null
}
