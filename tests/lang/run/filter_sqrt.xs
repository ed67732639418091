// docs: Xano XanoScript language-server filter reference (hover docs), sqrt
function "filter_sqrt" {
  input {
  }

  stack {
    var $x {
      value = 9|sqrt
    }
  }

  response = $x
}
