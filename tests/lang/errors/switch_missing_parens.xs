// expect: 8:12 expected '(' after 'switch', found '$input'
function broken {
  input {
    int n
  }

  stack {
    switch $input.n {
      default {
        var $x {
          value = 0
        }
      }
    }
  }

  response = null
}
