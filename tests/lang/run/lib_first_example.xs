// docs: Xano XanoScript language-server filter reference (hover docs), first
function "lib_first_example" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|first
    }
  }

  response = $x
}
