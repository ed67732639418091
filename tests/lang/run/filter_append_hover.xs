// docs: Xano XanoScript language-server filter reference (hover docs), append
function "filter_append_hover" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|append:4
    }
  }

  response = $x
}
