// expect: 8:15 invalid number '12abc'
function broken {
  input {
  }

  stack {
    var $x {
      value = 12abc
    }
  }

  response = null
}
