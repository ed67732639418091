// docs: Xano XanoScript language-server filter reference (hover docs), replace
function "filter_replace_hover" {
  input {
  }

  stack {
    var $x {
      value = "Hello World"|replace:"o":"a"
    }
  }

  response = $x
}
