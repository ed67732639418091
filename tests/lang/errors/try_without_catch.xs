// expect: 13:5 expected 'catch' in 'try_catch', found '}'
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
