// expect: 12:1 a file holds one object: unexpected 'function'
function first {
  input {
  }

  stack {
  }

  response = 1
}

function second {
  input {
  }

  stack {
  }

  response = 2
}
