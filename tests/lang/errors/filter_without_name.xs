// expect: 9:27 expected a filter name after '|', found ':'
function broken {
  input {
    text name
  }

  stack {
    var $x {
      value = $input.name|:"x"
    }
  }

  response = null
}
