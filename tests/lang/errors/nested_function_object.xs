// expect: 7:5 expected a statement, found 'function'
function broken {
  input {
  }

  stack {
    function inner {
      input {
      }

      stack {
      }

      response = null
    }
  }

  response = null
}
