// docs: Xano XanoScript language-server filter reference (hover docs), trim
function "filter_trim" {
  input {
  }

  stack {
    var $x {
      value = "  Epic Battle  "|trim
    }
  }

  response = $x
}
