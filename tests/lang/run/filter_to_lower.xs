// docs: Xano XanoScript language-server filter reference (hover docs), to_lower
function "filter_to_lower" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|to_lower
    }
  }

  response = $x
}
