// expect: 15:7 'case' after 'default' in 'switch'
function broken {
  input {
    int n
  }

  stack {
    switch ($input.n) {
      default {
        var $x {
          value = 0
        }
      }

      case (1) {
        var $x {
          value = 1
        }
      } break
    }
  }

  response = null
}
