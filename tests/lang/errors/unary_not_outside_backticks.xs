// expect: 9:16 expected a type after '!', found '$input'
function broken {
  input {
    bool done
  }

  stack {
    var $x {
      value = !$input.done
    }
  }

  response = null
}
