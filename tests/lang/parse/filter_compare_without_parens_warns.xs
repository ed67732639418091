// Xano rejects this; xsflow accepts it with a warning (the seed writes it).
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
