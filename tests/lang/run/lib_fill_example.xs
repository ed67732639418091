// docs: Xano XanoScript language-server filter reference (hover docs), fill
function "lib_fill_example" {
  input {
  }

  stack {
    var $x {
      value = "x"|fill:0:3
    }
  }

  response = $x
}
