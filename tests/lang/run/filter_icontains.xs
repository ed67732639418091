// docs: Xano XanoScript language-server filter reference (hover docs), icontains
function "filter_icontains" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|icontains:"battle"
    }
  }

  response = $x
}
