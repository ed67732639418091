// expect: 8:24 unknown filter 'divider' (did you mean 'divide'?)
function broken {
  input {
  }

  stack {
    var $x {
      value = 10|add:2|divider:1
    }
  }

  response = $x
}
