// expect: 8:15 unterminated string
function broken {
  input {
  }

  stack {
    var $x {
      value = 'no closing quote
    }
  }

  response = null
}
