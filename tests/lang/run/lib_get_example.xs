// docs: Xano XanoScript language-server filter reference (hover docs), get
function "lib_get_example" {
  input {
  }

  stack {
    var $x {
      value = {a:{b:1}}|get:"a.b"
    }
  }

  response = $x
}
