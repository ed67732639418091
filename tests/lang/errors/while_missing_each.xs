// expect: 8:7 expected 'each' in 'while', found 'var'
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
