// expect: 8:15 unterminated expression
function broken {
  input {
  }

  stack {
    var $x {
      value = ```
        {"a": 1}
    }
  }

  response = null
}
