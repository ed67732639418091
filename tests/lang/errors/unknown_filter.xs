// expect: 9:27 unknown filter 'no_such_filter'
function broken {
  input {
    text name
  }

  stack {
    var $x {
      value = $input.name|no_such_filter
    }
  }

  response = null
}
