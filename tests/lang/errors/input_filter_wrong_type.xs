// expect: 4:27 filter 'trim' cannot be applied to a field of type 'int'
function broken {
  input {
    int age filters=min:0|trim
  }

  stack {
  }

  response = $input.age
}
