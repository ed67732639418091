// docs: Xano XanoScript language-server filter reference (hover docs), set_ifnotempty
function "filter_set_ifnotempty_sets" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|set_ifnotempty:'foo':'bar'
    }
  }

  response = $x
}
