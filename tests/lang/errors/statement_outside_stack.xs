// expect: 6:3 expected a clause of 'function', found 'var'
function f {
  input {
  }

  var $x {
    value = 1
  }

  stack {
  }

  response = null
}
