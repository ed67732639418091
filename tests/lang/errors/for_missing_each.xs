// expect: 8:7 expected 'each' in 'for', found 'var'
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
