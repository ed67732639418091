// docs: Xano XanoScript language-server filter reference (hover docs), fill
function "filter_fill" {
  input {
  }

  stack {
    var $x {
      value = "v"|fill:0:3
    }
  }

  response = $x
}
