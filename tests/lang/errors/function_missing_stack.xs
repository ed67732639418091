// expect: 2:1 'function' is missing a stack clause
function no_stack {
  input {
    int a
  }

  response = $input.a
}
