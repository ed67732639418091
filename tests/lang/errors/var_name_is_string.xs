// expect: 7:9 expected a variable after 'var', found '"x"'
function broken {
  input {
  }

  stack {
    var "x" {
      value = 1
    }
  }

  response = null
}
