// expect: 8:27 an $env variable has no fields: unexpected '.'
function broken {
  input {
  }

  stack {
    var $x {
      value = $env.api_key.foo
    }
  }

  response = null
}
