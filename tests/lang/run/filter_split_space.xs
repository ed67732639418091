// docs: Xano XanoScript language-server filter reference (hover docs), split
function "filter_split_space" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|split:" "
    }
  }

  response = $x
}
