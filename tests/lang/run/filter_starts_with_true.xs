// docs: Xano XanoScript language-server filter reference (hover docs), starts_with
function "filter_starts_with_true" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|starts_with:"Epic"
    }
  }

  response = $x
}
