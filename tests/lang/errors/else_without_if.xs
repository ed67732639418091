// expect: 8:7 'else' without 'if' in 'conditional'
function broken {
  input {
  }

  stack {
    conditional {
      else {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
