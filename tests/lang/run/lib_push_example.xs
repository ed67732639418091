// docs: Xano XanoScript language-server filter reference (hover docs), push
function "lib_push_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|push:3
    }
  }

  response = $x
}
