// expect: 8:17 unexpected character '%'
function broken {
  input {
  }

  stack {
    var $x {
      value = 7 % 2
    }
  }

  response = null
}
