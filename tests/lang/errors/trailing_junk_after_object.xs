// expect: 10:3 unexpected 'extra' after the end of 'function'
function f {
  input {
  }

  stack {
  }

  response = null
} extra
