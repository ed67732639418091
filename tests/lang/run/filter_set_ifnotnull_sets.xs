// docs: Xano XanoScript language-server filter reference (hover docs), set_ifnotnull
function "filter_set_ifnotnull_sets" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|set_ifnotnull:'foo':'bar'
    }
  }

  response = $x
}
