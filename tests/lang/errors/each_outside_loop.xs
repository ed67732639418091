// expect: 7:5 expected a statement, found 'each'
function broken {
  input {
  }

  stack {
    each as $item {
      var $x {
        value = 1
      }
    }
  }

  response = null
}
