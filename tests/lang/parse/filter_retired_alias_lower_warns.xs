// A retired filter name: Xano rejects it, this runtime still runs it; a warning names the new one.
function broken {
  input {
    text name
  }

  stack {
    var $x {
      value = $input.name|lower
    }
  }

  response = null
}
