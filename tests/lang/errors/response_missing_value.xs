// expect: 9:13 expected an expression before the end of the line
function f {
  input {
  }

  stack {
  }

  response =
}
