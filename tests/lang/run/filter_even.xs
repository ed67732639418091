// docs: Xano XanoScript language-server filter reference (hover docs), even
function "filter_even" {
  input {
  }

  stack {
    var $x {
      value = 4|even
    }
  }

  response = $x
}
