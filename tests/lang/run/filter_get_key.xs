// docs: Xano XanoScript language-server filter reference (hover docs), get
function "filter_get_key" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|get:'fizz'
    }
  }

  response = $x
}
