// expect: 8:5 expected a statement, found 'if'
function broken {
  input {
    bool ok
  }

  stack {
    if ($input.ok) {
      var $x {
        value = 1
      }
    }
  }

  response = null
}
