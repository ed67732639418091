// expect: 7:19 expected 'each' before the end of the line
function broken {
  input {
  }

  stack {
    while (true) {
      var $x {
        value = 1
      }
    }
  }

  response = null
}
