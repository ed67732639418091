// expect: 7:5 'case' outside 'switch'
function broken {
  input {
  }

  stack {
    case (1) {
      var $x {
        value = 1
      }
    } break
  }

  response = null
}
