// expect: 11:1 unexpected '}' after the end of 'function'
function f {
  input {
  }

  stack {
  }

  response = null
}
}
