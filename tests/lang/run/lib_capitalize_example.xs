// docs: Xano XanoScript language-server filter reference (hover docs), capitalize
function "lib_capitalize_example" {
  input {
  }

  stack {
    var $x {
      value = "hello world"|capitalize
    }
  }

  response = $x
}
