// expect: 12:8 expected 'catch' after the try block before the end of the line
function broken {
  input {
  }

  stack {
    try_catch {
      try {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
