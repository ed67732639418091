// docs: Xano XanoScript language-server filter reference (hover docs), iends_with
function "filter_iends_with" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|iends_with:"battle"
    }
  }

  response = $x
}
