// docs: Xano XanoScript language-server filter reference (hover docs), addslashes
function "lib_addslashes_example" {
  input {
  }

  stack {
    var $x {
      value = "O'Reilly"|addslashes
    }
  }

  response = $x
}
