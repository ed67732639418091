// docs: Xano XanoScript language-server filter reference (hover docs), join
function "filter_join" {
  input {
  }

  stack {
    var $x {
      value = ["Epic","Battle"]|join:" "
    }
  }

  response = $x
}
