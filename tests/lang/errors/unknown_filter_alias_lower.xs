// expect: 9:27 unknown filter 'lower'
function broken {
  input {
    text name
  }

  stack {
    var $x {
      value = $input.name|lower
    }
  }

  response = null
}
