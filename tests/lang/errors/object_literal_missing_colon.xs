// expect: 8:18 expected ':' after object key 'a', found '1'
function broken {
  input {
  }

  stack {
    var $x {
      value = {a 1}
    }
  }

  response = null
}
