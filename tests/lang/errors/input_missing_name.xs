// expect: 4:9 expected an input name after 'int', found '123'
function f {
  input {
    int 123 filters=min:1
  }

  stack {
  }

  response = null
}
