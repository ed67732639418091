// docs: Xano XanoScript language-server filter reference (hover docs), append
function "lib_append_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2]|append:3
    }
  }

  response = $x
}
