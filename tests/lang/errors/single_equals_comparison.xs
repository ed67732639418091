// expect: 9:20 expected ')', found '='
function broken {
  input {
    int n
  }

  stack {
    conditional {
      if ($input.n = 1) {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
