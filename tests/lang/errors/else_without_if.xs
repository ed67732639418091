// expect: 7:18 expected 'if' before the end of the line
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
