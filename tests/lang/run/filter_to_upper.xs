// docs: Xano XanoScript language-server filter reference (hover docs), to_upper
function "filter_to_upper" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|to_upper
    }
  }

  response = $x
}
