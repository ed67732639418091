function filter_chain_nested_parens {
  input {
    json a
    json b
    json c
    int n
  }

  stack {
    var $out {
      value = $input.a|push:($input.b|first)|merge:($input.c|slice:0:($input.n|add:1))
    }
  }

  response = $out
}
