// expect: 7:14 expected 'each' before the end of the line
function broken {
  input {
  }

  stack {
    for (3) {
      var $x {
        value = 1
      }
    }
  }

  response = null
}
