// expect: 2:10 expected a name after 'function', found '{'
function {
  input {
  }

  stack {
  }

  response = null
}
