// docs: Xano XanoScript language-server filter reference (hover docs), reverse
function "filter_reverse" {
  input {
  }

  stack {
    var $x {
      value = [12,13,14,15]|reverse
    }
  }

  response = $x
}
