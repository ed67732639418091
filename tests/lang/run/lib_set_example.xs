// docs: Xano XanoScript language-server filter reference (hover docs), set
function "lib_set_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set:"b":2
    }
  }

  response = $x
}
