// docs: Xano XanoScript language-server filter reference (hover docs), index
function "filter_index_found" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|index:"Battle"
    }
  }

  response = $x
}
