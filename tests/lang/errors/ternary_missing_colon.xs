// expect: 9:30 expected ':' in conditional expression, found ')'
function broken {
  input {
    bool ok
  }

  stack {
    var $x {
      value = ($input.ok ? 1 )
    }
  }

  response = null
}
