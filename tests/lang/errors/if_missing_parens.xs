// expect: 9:10 expected '(' after 'if', found '$input'
function broken {
  input {
    bool ok
  }

  stack {
    conditional {
      if $input.ok {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
