// docs: Xano XanoScript language-server filter reference (hover docs), not
function "filter_not" {
  input {
  }

  stack {
    var $x {
      value = true|not
    }
  }

  response = $x
}
