// expect: 9:30 a filtered value needs parentheses before '>'
function broken {
  input {
    json items
  }

  stack {
    conditional {
      if ($input.items|count > 0) {
        var $x {
          value = 1
        }
      }
    }
  }

  response = null
}
