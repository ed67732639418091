// expect: 8:29 expected 'each' before the end of the line
function broken {
  input {
    json items
  }

  stack {
    foreach ($input.items) {
      debug.log {
        value = 1
      }
    }
  }

  response = null
}
