// expect: 4:5 'enum' is missing the values attribute
function f {
  input {
    enum status {
      description = "no values given"
    }
  }

  stack {
  }

  response = null
}
