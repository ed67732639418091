// expect: 9:7 expected 'each' in 'foreach', found 'debug'
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
