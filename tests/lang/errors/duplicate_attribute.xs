// expect: 9:7 duplicate attribute 'value'
function broken {
  input {
  }

  stack {
    var $x {
      value = 1
      value = 2
    }
  }

  response = null
}
