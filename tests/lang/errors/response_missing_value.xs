// expect: 10:1 expected an expression after 'response =', found '}'
function f {
  input {
  }

  stack {
  }

  response =
}
