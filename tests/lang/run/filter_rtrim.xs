// docs: Xano XanoScript language-server filter reference (hover docs), rtrim
function "filter_rtrim" {
  input {
  }

  stack {
    var $x {
      value = "  Epic Battle  "|rtrim
    }
  }

  response = $x
}
