// docs: Xano XanoScript language-server filter reference (hover docs), has
function "filter_has_true" {
  input {
  }

  stack {
    var $x {
      value = {'fizz':'buzz'}|has:'fizz'
    }
  }

  response = $x
}
