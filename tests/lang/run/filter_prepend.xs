// docs: Xano XanoScript language-server filter reference (hover docs), prepend
function "filter_prepend" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|prepend:0
    }
  }

  response = $x
}
