// expect: 10:1 end of file inside 'function': expected '}'
function never_closed {
  input {
  }

  stack {
  }

  response = null
