// docs: Xano XanoScript language-server filter reference (hover docs), iindex
function "filter_iindex" {
  input {
  }

  stack {
    var $x {
      value = "Epic Battle"|iindex:"battle"
    }
  }

  response = $x
}
