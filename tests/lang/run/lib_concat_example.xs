// docs: Xano XanoScript language-server filter reference (hover docs), concat
function "lib_concat_example" {
  input {
  }

  stack {
    var $x {
      value = "hello"|concat:"world":", "
    }
  }

  response = $x
}
