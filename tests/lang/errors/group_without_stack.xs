// expect: 7:12 expected 'stack' before the end of the line
function broken {
  input {
  }

  stack {
    group {
      var $x {
        value = 1
      }
    }
  }

  response = null
}
