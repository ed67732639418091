// expect: 7:16 expected 'try' before the end of the line
function broken {
  input {
  }

  stack {
    try_catch {
      catch {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
