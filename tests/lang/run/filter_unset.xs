// docs: Xano XanoScript language-server filter reference (hover docs), unset
function "filter_unset" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz','foo':'bar'}|unset:'foo'
    }
  }

  response = $x
}
