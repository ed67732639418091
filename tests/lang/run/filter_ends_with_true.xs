// docs: Xano XanoScript language-server filter reference (hover docs), ends_with
function "filter_ends_with_true" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|ends_with:"Battle"
    }
  }

  response = $x
}
