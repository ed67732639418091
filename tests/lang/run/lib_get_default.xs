// docs: Xano XanoScript language-server filter reference (hover docs), get
function "lib_get_default" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|get:"z":"d"
    }
  }

  response = $x
}
