// expect: 8:25 expected ':' after object key 'customer', found '='
function broken {
  input {
  }

  stack {
    var $x {
      value = {customer = 1}
    }
  }

  response = null
}
