// docs: Xano XanoScript language-server filter reference (hover docs), first
function "filter_first" {
  input {
  }

  stack {
    var $x {
      value = ["five","six","seven"]|first
    }
  }

  response = $x
}
