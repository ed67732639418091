// expect: 4:5 expected an input type, found '['
function f {
  input {
    []text tags
  }

  stack {
  }

  response = null
}
