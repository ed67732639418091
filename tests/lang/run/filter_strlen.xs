// docs: Xano XanoScript language-server filter reference (hover docs), strlen
function "filter_strlen" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|strlen
    }
  }

  response = $x
}
