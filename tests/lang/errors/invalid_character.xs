// expect: 8:17 unexpected character '#'
function broken {
  input {
  }

  stack {
    var $x {
      value = 1 # 2
    }
  }

  response = null
}
