// docs: Xano XanoScript language-server filter reference (hover docs), contains
function "filter_contains_true" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|contains:"Battle"
    }
  }

  response = $x
}
