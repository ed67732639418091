// expect: 2:1 unterminated comment
/* this comment is never closed
function f {
  input {
  }

  stack {
  }

  response = null
}
