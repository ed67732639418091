// expect: 4:5 unknown input type 'string'
function f {
  input {
    string name
  }

  stack {
  }

  response = null
}
