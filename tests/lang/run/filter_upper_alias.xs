// docs: Xano XanoScript language-server filter reference (hover docs), upper
function "filter_upper_alias" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|upper
    }
  }

  response = $x
}
