// expect: 7:9 '$input' cannot be declared
function broken {
  input {
  }

  stack {
    var $input {
      value = 1
    }
  }

  response = null
}
