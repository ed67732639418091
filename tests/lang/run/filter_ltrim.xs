// docs: Xano XanoScript language-server filter reference (hover docs), ltrim
function "filter_ltrim" {
  input {
  }

  stack {
    var $x {
      value = "  Epic Battle  "|ltrim
    }
  }

  response = $x
}
