// docs: Xano XanoScript language-server filter reference (hover docs), last
function "filter_last" {
  input {
  }

  stack {
    var $x {
      value = ["five","six","seven"]|last
    }
  }

  response = $x
}
