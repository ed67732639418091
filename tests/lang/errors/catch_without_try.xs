// expect: 8:7 expected 'try' in 'try_catch', found 'catch'
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
