// expect: 8:13 expected '(' after 'foreach', found '$input'
function broken {
  input {
    json items
  }

  stack {
    foreach $input.items {
      each as $item {
        debug.log {
          value = $item
        }
      }
    }
  }

  response = null
}
