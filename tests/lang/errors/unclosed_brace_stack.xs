// expect: 13:1 end of file inside 'function': expected '}'
function stack_never_closed {
  input {
  }

  stack {
    var $x {
      value = 1
    }

  response = $x
}
