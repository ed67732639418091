// Xano rejects this; xsflow accepts it with a warning (the seed writes it).
function broken {
  input {
    int n
  }

  stack {
    var $x {
      value = $input.n|to_text ~ " items"
    }
  }

  response = null
}
