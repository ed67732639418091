// expect: 8:7 expected 'stack' in 'group', found 'var'
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
