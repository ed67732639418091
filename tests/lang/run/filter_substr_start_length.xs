// docs: Xano XanoScript language-server filter reference (hover docs), substr
function "filter_substr_start_length" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|substr:5:6
    }
  }

  response = $x
}
