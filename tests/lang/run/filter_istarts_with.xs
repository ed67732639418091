// docs: Xano XanoScript language-server filter reference (hover docs), istarts_with
function "filter_istarts_with" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|istarts_with:"epic"
    }
  }

  response = $x
}
