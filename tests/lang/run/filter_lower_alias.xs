// docs: Xano XanoScript language-server filter reference (hover docs), lower
function "filter_lower_alias" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|lower
    }
  }

  response = $x
}
