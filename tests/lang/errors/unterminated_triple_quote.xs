// expect: 8:15 unterminated string
function broken {
  input {
  }

  stack {
    var $x {
      value = """
        starts a long text
        and never ends it
    }
  }

  response = null
}
