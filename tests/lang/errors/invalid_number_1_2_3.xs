// expect: 8:15 invalid number '1.2.3'
function broken {
  input {
  }

  stack {
    var $x {
      value = 1.2.3
    }
  }

  response = null
}
