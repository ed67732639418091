// expect: 9:12 expected 'as' after 'each' in 'foreach', found '{'
function broken {
  input {
    json items
  }

  stack {
    foreach ($input.items) {
      each {
        debug.log {
          value = 1
        }
      }
    }
  }

  response = null
}
