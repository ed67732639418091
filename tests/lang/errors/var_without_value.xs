// expect: 7:5 'var' is missing the value attribute
function broken {
  input {
  }

  stack {
    var $x {
      description = "declared but never given a value"
    }
  }

  response = null
}
