// expect: 4:16 expected a default value after '=', found 'filters'
function f {
  input {
    int page?= filters=min:1
  }

  stack {
  }

  response = null
}
