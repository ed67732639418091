// expect: 8:15 'input' of 'function.run' must be an object literal, found '$input'
function broken {
  input {
  }

  stack {
    function.run "Workers/Step" {
      input = $input
    } as $r
  }

  response = null
}
