// expect: 21:7 'elseif' after 'else' in 'conditional'
function broken {
  input {
    int n
  }

  stack {
    conditional {
      if ($input.n == 1) {
        var $x {
          value = 1
        }
      }

      else {
        var $x {
          value = 2
        }
      }

      elseif ($input.n == 3) {
        var $x {
          value = 3
        }
      }
    }
  }

  response = null
}
